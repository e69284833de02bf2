package id.kasir.application.testing;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.payout.AccountInquiry;
import id.kasir.domain.payout.AccountInquiryAnswer;
import id.kasir.domain.payout.PayoutGateway;
import id.kasir.domain.payout.TransferLookup;
import id.kasir.domain.payout.TransferOrder;
import id.kasir.domain.payout.TransferOutcome;
import id.kasir.domain.payout.TransferReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A payout gateway a test scripts. By default it knows the sandbox's accounts (6281234567890 John Doe,
 * 6281111111111 Siti Aminah), accepts transfers as PROCESSING and says SUCCEEDED when asked. Records
 * every call.
 */
public final class FakePayoutGateway implements PayoutGateway {

    public static final Map<String, String> ACCOUNTS = Map.of("6281234567890", "John Doe", "6281111111111", "Siti Aminah");

    private final GatewayId id;
    private Function<AccountInquiry, GatewayCallResult<AccountInquiryAnswer>> onInquire;
    private Function<TransferOrder, GatewayCallResult<TransferReport>> onTransfer;
    private Function<TransferLookup, GatewayCallResult<TransferReport>> onStatus;
    public final List<AccountInquiry> inquiries = new ArrayList<>();
    public final List<TransferOrder> transfers = new ArrayList<>();
    public final List<TransferLookup> queries = new ArrayList<>();

    public FakePayoutGateway(String name) {
        this.id = GatewayId.of(name);
        reset();
    }

    public static GatewayExchange exchange(String operation) {
        return new GatewayExchange(operation, "{}", "{}", 200, null);
    }

    public static GatewayCallResult<TransferReport> says(TransferOutcome outcome, TransferReport.Source source) {
        return GatewayCallResult.accepted(new TransferReport(outcome, null, "TF-FAKE", outcome.name(), source),
                exchange(source == TransferReport.Source.STATUS_QUERY ? "transfer-status" : "transfer"));
    }

    /** Back to the default script. */
    public synchronized FakePayoutGateway reset() {
        onInquire = inquiry -> GatewayCallResult.accepted(ACCOUNTS.containsKey(inquiry.customerNumber())
                ? new AccountInquiryAnswer.AccountFound(ACCOUNTS.get(inquiry.customerNumber()))
                : new AccountInquiryAnswer.AccountNotFound("4043711", "Invalid Account"), exchange("account-inquiry"));
        onTransfer = order -> says(TransferOutcome.PROCESSING, TransferReport.Source.TRANSFER_ANSWER);
        onStatus = lookup -> says(TransferOutcome.SUCCEEDED, TransferReport.Source.STATUS_QUERY);
        return this;
    }

    public synchronized FakePayoutGateway onInquire(Function<AccountInquiry, GatewayCallResult<AccountInquiryAnswer>> answer) {
        this.onInquire = answer;
        return this;
    }

    public synchronized FakePayoutGateway onTransfer(Function<TransferOrder, GatewayCallResult<TransferReport>> answer) {
        this.onTransfer = answer;
        return this;
    }

    public synchronized FakePayoutGateway onStatus(Function<TransferLookup, GatewayCallResult<TransferReport>> answer) {
        this.onStatus = answer;
        return this;
    }

    @Override
    public GatewayId id() {
        return id;
    }

    @Override
    public synchronized GatewayCallResult<AccountInquiryAnswer> inquire(AccountInquiry inquiry) {
        inquiries.add(inquiry);
        return onInquire.apply(inquiry);
    }

    @Override
    public synchronized GatewayCallResult<TransferReport> transfer(TransferOrder order) {
        transfers.add(order);
        return onTransfer.apply(order);
    }

    @Override
    public synchronized GatewayCallResult<TransferReport> status(TransferLookup lookup) {
        queries.add(lookup);
        return onStatus.apply(lookup);
    }
}
