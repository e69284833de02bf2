package id.kasir.application.payout;

import static id.kasir.application.testing.TestPayoutKasir.ABDI;
import static id.kasir.application.testing.TestPayoutKasir.FINA;
import static id.kasir.application.testing.TestPayoutKasir.newPayout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.merchant.IdempotencyConflict;
import id.kasir.application.testing.FakePayoutGateway;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.NameCheck;
import id.kasir.domain.payout.NewPayout;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutEventType;
import id.kasir.domain.payout.PayoutStatus;
import org.junit.jupiter.api.Test;

class RequestPayoutTest {

    private final FakePayoutGateway cashin = new FakePayoutGateway("cashin");
    private final TestPayoutKasir kasir = new TestPayoutKasir(cashin);

    private RequestPayout.Outcome request(NewPayout payout, String key, Actor maker) {
        return kasir.request.request(new PayoutRequest(payout, key), maker, "10.0.0.1");
    }

    @Test
    void anInquiryNamesAKnownAccountAndRefusesAnUnknownOne() {
        InquirePayoutAccount.Result found = kasir.inquire.inquire(EwalletChannel.OVO, "6281111111111", Money.idr(50_000),
                FINA, "10.0.0.1");
        assertThat(found.accountName()).isEqualTo("Siti Aminah");

        assertThatThrownBy(() -> kasir.inquire.inquire(EwalletChannel.OVO, "6287777777777", Money.idr(50_000), FINA, null))
                .isInstanceOf(PayoutRefused.class)
                .satisfies(e -> assertThat(((PayoutRefused) e).reason()).isEqualTo(PayoutRefused.Reason.ACCOUNT_NOT_FOUND))
                .hasMessageContaining("6287****7777").hasMessageNotContaining("6287777777777");
        assertThat(kasir.audit.recent(null, 10)).extracting(e -> e.entry().action())
                .containsExactly("payout.inquire", "payout.inquire");
        assertThat(kasir.payouts.all()).isEmpty();
    }

    @Test
    void aRequestAsksTheGatewayItselfAndWaitsForApprovalWithBothNames() {
        Payout payout = request(newPayout(50_000, "6281234567890", "Budi Santoso"), null, FINA).payout();

        assertThat(payout.status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(payout.beneficiary().confirmedName()).isEqualTo("John Doe");
        assertThat(payout.beneficiary().expectedName()).isEqualTo("Budi Santoso");
        assertThat(payout.beneficiary().nameCheck()).isEqualTo(NameCheck.DIFFERS);
        assertThat(payout.partnerReferenceNo()).matches("K[0-9A-Z]{19}");
        assertThat(cashin.inquiries).hasSize(1);
        assertThat(kasir.payouts.timeline(payout.id())).extracting(PayoutEvent::type).containsExactly(
                PayoutEventType.REQUESTED, PayoutEventType.GATEWAY_CALL, PayoutEventType.BENEFICIARY_CONFIRMED,
                PayoutEventType.STATUS_CHANGED);
        assertThat(kasir.events(payout)).containsExactly("payout.awaiting_approval");
        assertThat(kasir.audit.recent(null, 1).get(0).entry().action()).isEqualTo("payout.request");
    }

    @Test
    void theSameRequestAgainAnswersTheFirstPayoutWithoutAskingTheGatewayAgain() {
        NewPayout asked = newPayout(50_000, "6281234567890", "John Doe");
        RequestPayout.Outcome first = request(asked, "key-1", FINA);
        RequestPayout.Outcome byReference = request(asked, null, FINA);
        RequestPayout.Outcome byKey = request(asked, "key-1", FINA);

        assertThat(first.created()).isTrue();
        assertThat(byReference.created()).isFalse();
        assertThat(byKey.created()).isFalse();
        assertThat(byReference.payout().id()).isEqualTo(first.payout().id());
        assertThat(byKey.payout().id()).isEqualTo(first.payout().id());
        assertThat(cashin.inquiries).hasSize(1);
    }

    @Test
    void theSameRequestSentManyTimesAtOnceMakesOnePayout() throws Exception {
        NewPayout asked = newPayout(50_000, "6281234567890", "John Doe");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.List<java.util.concurrent.Future<RequestPayout.Outcome>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request(asked, "key-race", FINA);
                }));
            }
            start.countDown();
            java.util.Set<Object> ids = new java.util.HashSet<>();
            int created = 0;
            for (var answer : answers) {
                RequestPayout.Outcome outcome = answer.get(10, java.util.concurrent.TimeUnit.SECONDS);
                ids.add(outcome.payout().id());
                created += outcome.created() ? 1 : 0;
            }
            assertThat(ids).hasSize(1);
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(kasir.payouts.all()).hasSize(1);
    }

    @Test
    void theSameReferenceOrKeyWithOtherValuesIsAConflictNamingTheFields() {
        NewPayout asked = newPayout(50_000, "6281234567890", "John Doe");
        request(asked, "key-2", FINA);

        assertThatThrownBy(() -> request(new NewPayout(asked.reference(), EwalletChannel.OVO, asked.customerNumber(),
                Money.idr(60_000), asked.expectedName()), null, FINA))
                .isInstanceOf(IdempotencyConflict.class)
                .satisfies(e -> assertThat(((IdempotencyConflict) e).differingFields()).containsExactly("channel", "amount"));
        assertThatThrownBy(() -> request(newPayout(50_000, "6281234567890", "John Doe"), "key-2", FINA))
                .isInstanceOf(IdempotencyConflict.class)
                .satisfies(e -> assertThat(((IdempotencyConflict) e).differingFields()).containsExactly("reference"));
    }

    @Test
    void limitsAreCheckedBeforeTheGatewayIsAsked() {
        assertThatThrownBy(() -> request(newPayout(9_999, "6281234567890", null), null, FINA))
                .satisfies(e -> assertThat(((PayoutRefused) e).reason()).isEqualTo(PayoutRefused.Reason.BELOW_MINIMUM));
        assertThatThrownBy(() -> request(newPayout(10_000_001, "6281234567890", null), null, FINA))
                .satisfies(e -> assertThat(((PayoutRefused) e).reason()).isEqualTo(PayoutRefused.Reason.OVER_PAYOUT_MAXIMUM));
        assertThat(cashin.inquiries).isEmpty();
    }

    @Test
    void anInquiryWithoutAnAnswerStoresNothingAndSaysWhy() {
        cashin.onInquire(i -> GatewayCallResult.unknown(UnknownCause.TIMEOUT, "read timed out",
                GatewayExchange.none("account-inquiry")));

        assertThatThrownBy(() -> request(newPayout(50_000, "6281234567890", null), null, FINA))
                .isInstanceOf(PayoutGatewayUnavailable.class)
                .satisfies(e -> assertThat(((PayoutGatewayUnavailable) e).unknownCause()).isEqualTo(UnknownCause.TIMEOUT));
        assertThat(kasir.payouts.all()).isEmpty();
    }

    @Test
    void onlyFinanceRequestsAmongOpsPeopleWhileAnApiKeyIsItsOwnMaker() {
        assertThatThrownBy(() -> request(newPayout(50_000, "6281234567890", null), null, ABDI))
                .satisfies(e -> assertThat(((PayoutRefused) e).reason()).isEqualTo(PayoutRefused.Reason.NOT_PERMITTED));
        assertThatThrownBy(() -> request(newPayout(50_000, "6281234567890", null), null, Actor.operator("nobody")))
                .satisfies(e -> assertThat(((PayoutRefused) e).reason()).isEqualTo(PayoutRefused.Reason.NOT_PERMITTED));

        Payout byKey = request(newPayout(50_000, "6281234567890", null), null, Actor.merchant("shop")).payout();

        assertThat(byKey.maker()).isEqualTo(Actor.merchant("shop"));
    }

    @Test
    void amountsAreReadWithoutBuildingHugeNumbers() {
        assertThatThrownBy(() -> NewPayout.rupiah(new java.math.BigDecimal("1e400"))).hasMessageContaining("too large");
        assertThatThrownBy(() -> NewPayout.rupiah(new java.math.BigDecimal("1e-1000000000"))).hasMessageContaining("whole");
        assertThatThrownBy(() -> NewPayout.rupiah(new java.math.BigDecimal("-5"))).hasMessageContaining("more than zero");
        assertThat(NewPayout.rupiah(new java.math.BigDecimal("50000.00"))).isEqualTo(Money.idr(50_000));
        assertThat(NewPayout.rupiah(new java.math.BigDecimal("5E+4"))).isEqualTo(Money.idr(50_000));
    }
}
