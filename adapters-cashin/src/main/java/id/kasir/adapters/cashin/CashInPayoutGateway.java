package id.kasir.adapters.cashin;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.payout.AccountInquiry;
import id.kasir.domain.payout.AccountInquiryAnswer;
import id.kasir.domain.payout.PayoutGateway;
import id.kasir.domain.payout.TransferLookup;
import id.kasir.domain.payout.TransferOrder;
import id.kasir.domain.payout.TransferReport;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Cash In as a {@link PayoutGateway}: e-wallet transfers through its e-money API. The account inquiry and
 * the status query are retried when the answer is unknown (they are safe to repeat; each attempt is a new
 * request with a new X-EXTERNAL-ID); the transfer is never retried, because a second transfer after a
 * time-out could move the money twice — the status query settles it instead.
 */
public final class CashInPayoutGateway implements PayoutGateway {

    private final CashInEmoneyClient client;
    private final Retry inquiryRetry;
    private final Retry statusRetry;

    public CashInPayoutGateway(CashInEmoneyClient client, Duration retryWait) {
        this.client = client;
        this.inquiryRetry = retryOnUnknown("cashin-account-inquiry", retryWait);
        this.statusRetry = retryOnUnknown("cashin-transfer-status", retryWait);
    }

    /** Up to 3 attempts, but not when the breaker is open: it answers at once without calling. */
    private static Retry retryOnUnknown(String name, Duration wait) {
        return Retry.of(name, RetryConfig.<GatewayCallResult<?>>custom()
                .maxAttempts(3)
                .waitDuration(wait)
                .retryOnResult(r -> r instanceof GatewayCallResult.Unknown<?> u && u.cause() != UnknownCause.CIRCUIT_OPEN)
                .failAfterMaxAttempts(false)
                .build());
    }

    @Override
    public GatewayId id() {
        return CashInPaymentGateway.ID;
    }

    @Override
    public GatewayCallResult<AccountInquiryAnswer> inquire(AccountInquiry inquiry) {
        return retried(inquiryRetry, () -> client.inquire(inquiry));
    }

    @Override
    public GatewayCallResult<TransferReport> transfer(TransferOrder order) {
        return client.transfer(order);
    }

    @Override
    public GatewayCallResult<TransferReport> status(TransferLookup lookup) {
        return retried(statusRetry, () -> client.status(lookup));
    }

    @SuppressWarnings("unchecked")
    private static <T> GatewayCallResult<T> retried(Retry retry, Supplier<GatewayCallResult<T>> call) {
        Supplier<GatewayCallResult<?>> untyped = call::get;
        return (GatewayCallResult<T>) Retry.decorateSupplier(retry, untyped).get();
    }
}
