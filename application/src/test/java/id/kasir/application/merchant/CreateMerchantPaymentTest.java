package id.kasir.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.gateway.PaymentRequestRejected;
import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestMerchantKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.PaymentMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CreateMerchantPaymentTest {

    private final FakePaymentGateway gateway = new FakePaymentGateway("cashin");
    private final TestMerchantKasir kasir = new TestMerchantKasir(gateway);
    private final ApiCaller merchant = new ApiCaller(1, "shop", "kasir_test_AbCdEf", "10.0.0.7");
    private final ApiCaller otherKey = new ApiCaller(2, "pos-terminal", "kasir_test_XyZ123", "10.0.0.8");

    private static MerchantPaymentRequest request(String orderId, long amount, String key) {
        return new MerchantPaymentRequest(orderId, GatewayId.of("cashin"), PaymentMethod.QRIS, Money.idr(amount), 30,
                new Customer("c-1", "628123456789", "Budi", "budi@example.id"), "Kopi susu",
                "https://shop.example/ok", "https://shop.example/cancel", key);
    }

    @Test
    void theSameOrderAskedTwiceAnswersTheFirstPaymentWithoutCallingTheGatewayAgain() {
        var first = kasir.createMerchantPayment.create(request("ORD-1", 15000, null), merchant);
        kasir.clock.advance(Duration.ofMinutes(3));
        var second = kasir.createMerchantPayment.create(request("ORD-1", 15000, null), merchant);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.payment().id()).isEqualTo(first.payment().id());
        assertThat(gateway.created).hasSize(1);
    }

    @Test
    void theSameOrderWithDifferentValuesIsAConflictNamingTheFields() {
        kasir.createMerchantPayment.create(request("ORD-1", 15000, null), merchant);
        var different = new MerchantPaymentRequest("ORD-1", GatewayId.of("cashin"), PaymentMethod.QRIS,
                Money.idr(16000), 45, new Customer("c-1", "628123456789", "Budi", "budi@example.id"), "Kopi susu",
                "https://shop.example/ok", null, null);

        assertThatThrownBy(() -> kasir.createMerchantPayment.create(different, merchant))
                .isInstanceOfSatisfying(IdempotencyConflict.class, conflict -> assertThat(conflict.differingFields())
                        .containsExactly("amount", "cancelUrl", "expiresInMinutes"))
                .hasMessageContaining("ORD-1");
    }

    @Test
    void anIdempotencyKeyAnswersTheFirstPaymentForTheSameRequest() {
        var first = kasir.createMerchantPayment.create(request("ORD-1", 15000, "key-1"), merchant);
        var again = kasir.createMerchantPayment.create(request("ORD-1", 15000, "key-1"), merchant);

        assertThat(again.created()).isFalse();
        assertThat(again.payment().id()).isEqualTo(first.payment().id());
        assertThat(kasir.idempotencyKeys.get(merchant.keyId(), "key-1")).get()
                .satisfies(s -> assertThat(s.paymentId()).isEqualTo(first.payment().id()));
    }

    @Test
    void theSameIdempotencyKeyOfAnotherApiKeyIsAnotherKey() {
        var shops = kasir.createMerchantPayment.create(request("ORD-1", 15000, "key-1"), merchant);
        var pos = kasir.createMerchantPayment.create(request("ORD-2", 20000, "key-1"), otherKey);

        assertThat(pos.created()).as("not a conflict with the shop's key-1").isTrue();
        assertThat(pos.payment().id()).isNotEqualTo(shops.payment().id());
        assertThat(kasir.idempotencyKeys.get(otherKey.keyId(), "key-1")).get()
                .satisfies(s -> assertThat(s.paymentId()).isEqualTo(pos.payment().id()));
        assertThat(kasir.createMerchantPayment.create(request("ORD-1", 15000, "key-1"), merchant).payment().id())
                .isEqualTo(shops.payment().id());
    }

    @Test
    void aPaymentMadeWithAnApiKeyNamesItsOwnerOnTheTimelineAndInTheAudit() {
        var made = kasir.createMerchantPayment.create(request("ORD-1", 15000, null), merchant);
        kasir.createMerchantPayment.create(request("ORD-1", 15000, null), otherKey);

        Actor expected = Actor.merchant("shop (kasir_test_AbCdEf…)");
        assertThat(kasir.payments.timeline(made.payment().id()).get(0).actor()).isEqualTo(expected);
        assertThat(kasir.audit.recent(null, 10)).singleElement().extracting(s -> s.entry()).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(expected);
            assertThat(entry.action()).isEqualTo("payment.create");
            assertThat(entry.target()).isEqualTo(made.payment().id().value());
            assertThat(entry.detail()).contains("ORD-1", "API key 'shop'", "kasir_test_AbCdEf");
            assertThat(entry.sourceAddress()).isEqualTo("10.0.0.7");
        });
    }

    @Test
    void anIdempotencyKeyWithAnInvisibleCharacterIsRefused() {
        assertThatThrownBy(() -> request("ORD-1", 15000, "key\u200b-1".translateEscapes()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Idempotency-Key must not contain U+200B ZERO WIDTH SPACE");
    }

    @Test
    void anIdempotencyKeyReusedForAnotherOrderIsAConflictNamingTheOrderId() {
        kasir.createMerchantPayment.create(request("ORD-1", 15000, "key-1"), merchant);

        assertThatThrownBy(() -> kasir.createMerchantPayment.create(request("ORD-2", 15000, "key-1"), merchant))
                .isInstanceOfSatisfying(IdempotencyConflict.class,
                        c -> assertThat(c.differingFields()).containsExactly("orderId"));
        assertThat(gateway.created).hasSize(1);
    }

    @Test
    void aRefusedRequestDoesNotKeepItsIdempotencyKey() {
        assertThatThrownBy(() -> kasir.createMerchantPayment.create(request("ORD-1", 10, "key-1"), merchant))
                .isInstanceOfSatisfying(PaymentRequestRejected.class,
                        r -> assertThat(r.reason()).isEqualTo(PaymentRequestRejected.Reason.AMOUNT_BELOW_MINIMUM));

        var corrected = kasir.createMerchantPayment.create(request("ORD-1", 15000, "key-1"), merchant);
        assertThat(corrected.created()).isTrue();
    }

    @Test
    void concurrentDuplicatesMakeOnePaymentAndBothGetIt() throws Exception {
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<CreateMerchantPayment.Outcome>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return kasir.createMerchantPayment.create(request("ORD-RACE", 15000, null), merchant);
                }));
            }
            start.countDown();
            List<CreateMerchantPayment.Outcome> outcomes = new ArrayList<>();
            for (Future<CreateMerchantPayment.Outcome> answer : answers) {
                outcomes.add(answer.get());
            }
            assertThat(outcomes).filteredOn(CreateMerchantPayment.Outcome::created).hasSize(1);
            assertThat(outcomes).extracting(o -> o.payment().id()).containsOnly(outcomes.get(0).payment().id());
            assertThat(gateway.created).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFingerprintChangesWithEveryMaterialField() {
        var base = request("ORD-1", 15000, null);
        assertThat(base.fingerprint()).isEqualTo(request("ORD-1", 15000, "any key").fingerprint());
        assertThat(base.fingerprint()).isNotEqualTo(request("ORD-1", 15001, null).fingerprint());
        assertThat(base.fingerprint()).isNotEqualTo(request("ORD-2", 15000, null).fingerprint());
    }
}
