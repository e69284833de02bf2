package id.kasir.application.testing;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.merchant.MerchantPayoutNotifications;
import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.payout.ApplyTransferReport;
import id.kasir.application.payout.ApprovePayout;
import id.kasir.application.payout.ExecutePayout;
import id.kasir.application.payout.FindPayouts;
import id.kasir.application.payout.FollowUpPayouts;
import id.kasir.application.payout.InquirePayoutAccount;
import id.kasir.application.payout.PayoutPolicy;
import id.kasir.application.payout.PayoutRequest;
import id.kasir.application.payout.PayoutWriter;
import id.kasir.application.payout.RefreshPayoutStatus;
import id.kasir.application.payout.RejectPayout;
import id.kasir.application.payout.RequestPayout;
import id.kasir.application.port.RandomIdGenerator;
import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.NewPayout;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutGateway;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The payout use cases wired over in-memory fakes, with the merchant's {@code payout.*} events written
 * to an in-memory outbox as in the real application, and four ops people: {@code fina} (FINANCE),
 * {@code abdi} and {@code citra} (APPROVER), {@code fay} (FINANCE and APPROVER).
 */
public final class TestPayoutKasir {

    public static final Actor FINA = Actor.operator("fina");
    public static final Actor ABDI = Actor.operator("abdi");
    public static final Actor CITRA = Actor.operator("citra");
    public static final Actor FAY = Actor.operator("fay");

    public final MutableClock clock = MutableClock.at("2026-11-21T03:00:00Z");
    public final InMemoryPayouts payouts = new InMemoryPayouts();
    public final InMemoryOpsExceptions opsExceptions = new InMemoryOpsExceptions();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final InMemoryOperatorAccounts accounts = new InMemoryOperatorAccounts();
    public final InMemoryMerchantNotificationOutbox outbox = new InMemoryMerchantNotificationOutbox();
    public final FakeMerchantEventPayloads payloads = new FakeMerchantEventPayloads();
    public final DirectTransactionRunner transactions = new DirectTransactionRunner(payouts);
    public final RandomIdGenerator ids = new RandomIdGenerator(clock);
    public final PayoutPolicy policy;
    public final GatewayRegistry gateways;
    public final PayoutWriter writer;
    public final InquirePayoutAccount inquire;
    public final RequestPayout request;
    public final ApplyTransferReport applyTransferReport;
    public final ExecutePayout execute;
    public final ApprovePayout approve;
    public final RejectPayout reject;
    public final RefreshPayoutStatus refresh;
    public final FollowUpPayouts followUp;
    public final FindPayouts find;

    public TestPayoutKasir(PayoutGateway gateway) {
        this(gateway, PayoutPolicy.defaults());
    }

    public TestPayoutKasir(PayoutGateway gateway, PayoutPolicy policy) {
        this.policy = policy;
        person("fina", OperatorRole.FINANCE);
        person("abdi", OperatorRole.APPROVER);
        person("citra", OperatorRole.APPROVER);
        person("fay", OperatorRole.FINANCE, OperatorRole.APPROVER);
        gateways = new GatewayRegistry(List.of(), List.of(gateway));
        writer = new PayoutWriter(payouts, List.of(new MerchantPayoutNotifications(outbox, payloads, clock)));
        inquire = new InquirePayoutAccount(gateways, ids, accounts, audit, policy, clock);
        request = new RequestPayout(gateways, payouts, writer, accounts, audit, policy, transactions, ids, clock);
        applyTransferReport = new ApplyTransferReport(payouts, writer, opsExceptions, policy, transactions, clock);
        execute = new ExecutePayout(gateways, payouts, writer, applyTransferReport, policy, transactions, clock);
        approve = new ApprovePayout(gateways, payouts, writer, execute, accounts, audit, policy, transactions, clock);
        reject = new RejectPayout(payouts, writer, accounts, audit, transactions, clock);
        refresh = new RefreshPayoutStatus(gateways, payouts, applyTransferReport, execute, opsExceptions, audit, policy,
                clock);
        followUp = new FollowUpPayouts(payouts, execute, refresh, policy, clock);
        find = new FindPayouts(payouts, policy, clock);
    }

    public void person(String username, OperatorRole... roles) {
        accounts.add(new NewOperatorAccount(username, null, EnumSet.of(roles[0], roles)), "{noop}x", Instant.EPOCH);
    }

    public static NewPayout newPayout(long rupiah, String customerNumber, String expectedName) {
        return new NewPayout("PO-" + UUID.randomUUID().toString().substring(0, 8), EwalletChannel.DANA, customerNumber,
                Money.idr(rupiah), expectedName);
    }

    /** fina requests Rp {@code rupiah} to John Doe's DANA. */
    public Payout requested(long rupiah) {
        return request.request(new PayoutRequest(newPayout(rupiah, "6281234567890", "John Doe"), null), FINA, "127.0.0.1")
                .payout();
    }

    public Payout current(Payout payout) {
        return payouts.byId(payout.id()).orElseThrow();
    }

    /** The outbox's event types about this payout, in order. */
    public List<String> events(Payout payout) {
        return outbox.bySubject(payout.id().value()).stream().map(n -> n.type()).toList();
    }

    public static Set<OperatorRole> roles(OperatorRole... roles) {
        return EnumSet.of(roles[0], roles);
    }
}
