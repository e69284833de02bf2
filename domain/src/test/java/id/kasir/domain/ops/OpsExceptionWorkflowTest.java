package id.kasir.domain.ops;

import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OpsExceptionWorkflowTest {

    private static final Instant T = Instant.parse("2026-11-30T03:00:00Z");

    private static OpsException raised(OpsExceptionType type, Money reported) {
        return OpsException.raised(1, type, "pay-1", "k", "d", reported, T);
    }

    private static OpsExceptionRefused.Reason refusal(Runnable step) {
        try {
            step.run();
        } catch (OpsExceptionRefused refused) {
            return refused.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void openToInProgressToResolvedWhichIsFinal() {
        OpsException x = raised(OpsExceptionType.STUCK_PAYMENT, null);
        OpsException taken = x.assignTo("abdi");
        assertThat(taken.state()).isEqualTo(OpsExceptionState.IN_PROGRESS);
        OpsException resolved = taken.resolve("budi", "answered", T, false);
        assertThat(resolved.state()).isEqualTo(OpsExceptionState.RESOLVED);
        assertThat(resolved.owner()).isEqualTo("abdi");
        assertThat(refusal(() -> resolved.assignTo("abdi"))).isEqualTo(OpsExceptionRefused.Reason.ALREADY_RESOLVED);
        assertThat(refusal(() -> x.resolve("abdi", " ", T, false))).isEqualTo(OpsExceptionRefused.Reason.REASON_REQUIRED);
    }

    @ParameterizedTest
    @EnumSource(value = OpsExceptionType.class, names = {"AMOUNT_MISMATCH", "PAID_AFTER_EXPIRY", "PAID_AFTER_CLOSE"})
    void aMoneyExceptionIsDecidedOnceNeverBareResolved(OpsExceptionType type) {
        OpsException x = raised(type, Money.idr(15000));
        assertThat(refusal(() -> x.resolve("abdi", "looked", T, false))).isEqualTo(OpsExceptionRefused.Reason.DECIDE_INSTEAD);
        OpsException refunding = x.refundOpened("fina", "no short payments");
        assertThat(refunding.decision()).isEqualTo(MoneyDecision.REFUND);
        assertThat(refusal(() -> refunding.accepted("fina", "after all", T)))
                .isEqualTo(OpsExceptionRefused.Reason.ALREADY_DECIDED);
        assertThat(x.accepted("fina", "ok", T).state()).isEqualTo(OpsExceptionState.RESOLVED);
    }

    @Test
    void otherTypesTakeNoMoneyDecisionAndAMismatchWithoutItsAmountCannotBeAccepted() {
        assertThat(refusal(() -> raised(OpsExceptionType.STUCK_PAYMENT, null).accepted("fina", "x", T)))
                .isEqualTo(OpsExceptionRefused.Reason.DECISION_NOT_FOR_TYPE);
        assertThat(refusal(() -> raised(OpsExceptionType.AMOUNT_MISMATCH, null).accepted("fina", "x", T)))
                .isEqualTo(OpsExceptionRefused.Reason.NO_REPORTED_AMOUNT);
    }

    @Test
    void acceptingTheAmountReceivedMovesAnExpiredPaymentToPaidFlaggedButNeverAPaidOne() {
        Payment expired = aPayment().withStatus(PaymentStatus.EXPIRED).withAmountToPay(Money.idr(15042)).build();
        expired.acceptPaidAmount(Money.idr(15000), Actor.operator("fina"), "accepted", T);
        assertThat(expired.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(expired.paidAmount()).contains(Money.idr(15000));
        assertThat(expired.newEvents()).extracting(e -> e.type())
                .containsExactly(PaymentEventType.STATUS_CHANGED, PaymentEventType.PAID_AMOUNT_ACCEPTED);

        Payment paid = aPayment().withStatus(PaymentStatus.PAID).withAmountToPay(Money.idr(15042)).build();
        assertThatThrownBy(() -> paid.acceptPaidAmount(Money.idr(15000), Actor.operator("fina"), "again", T))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(paid.newEvents()).isEmpty();
    }
}
