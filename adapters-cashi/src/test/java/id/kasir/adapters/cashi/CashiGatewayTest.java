package id.kasir.adapters.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.MutableClock;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client over real HTTP against {@link FakeCashi}. */
class CashiGatewayTest {

    private static final String REFERENCE = "K7Q2M9X4B1C8D5E6F3G0";
    private final MutableClock clock = MutableClock.at("2026-11-21T03:00:00Z");
    private final FakeCashi cashi = new FakeCashi("sandbox-cashi-key", "sandbox-cashi-webhook-secret");
    private final CashiGateway gateway = new CashiGateway(CashiProperties.defaults().withBaseUrl(cashi.baseUrl())
            .withReadTimeout(Duration.ofMillis(500)).withQueryAttempts(2), clock);

    @AfterEach
    void stop() {
        cashi.close();
    }

    private GatewayPaymentRequest request(long rupiah) {
        return request(Money.idr(rupiah), PaymentMethod.QRIS, clock.instant().plus(Duration.ofMinutes(10)));
    }

    private GatewayPaymentRequest request(Money amount, PaymentMethod method, Instant expiresAt) {
        return new GatewayPaymentRequest(new PaymentId("pay_1"), REFERENCE, "INV-9921", amount, method, expiresAt,
                null, "Kopi", null, null);
    }

    private GatewayPaymentLookup lookup() {
        return new GatewayPaymentLookup(new PaymentId("pay_1"), REFERENCE, null, PaymentMethod.QRIS, clock.instant());
    }

    @Test
    void sendsTheAmountInWholeRupiahAndOurReferenceWithTheApiKey() {
        gateway.create(request(15000));

        FakeCashi.Seen sent = cashi.seen.get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/api/create-order");
        assertThat(sent.body()).isEqualTo("{\"amount\":15000,\"order_id\":\"K7Q2M9X4B1C8D5E6F3G0\"}");
        assertThat(sent.headers().get("X-api-key")).containsExactly("sandbox-cashi-key");
    }

    @Test
    void returnsTheAmountToPayTheCheckoutPageAndTheQrWithItsText() {
        GatewayCallResult<GatewayPaymentCreated> result = gateway.create(request(15000));

        assertThat(result).isInstanceOf(GatewayCallResult.Accepted.class);
        GatewayPaymentCreated created = ((GatewayCallResult.Accepted<GatewayPaymentCreated>) result).value();
        assertThat(created.amountToPay()).isEqualTo(Money.idr(15023));
        assertThat(created.instructions().checkoutUrl()).isEqualTo(cashi.baseUrl() + "/pay/" + REFERENCE);
        assertThat(created.instructions().qrImageUrl()).startsWith("data:image/png;base64,");
        assertThat(created.instructions().qrContent()).isEqualTo(QrPictures.QRIS);
        assertThat(result.exchange().request()).contains("x-api-key: ****").doesNotContain("sandbox-cashi-key");
        assertThat(result.exchange().response()).contains("\"amount\":15023").contains("chars)")
                .hasSizeLessThan(400);
        assertThat(result.exchange().httpStatus()).isEqualTo(200);
    }

    @Test
    void declinesAnAmountToPayOutsideTheDocumentedOneTo99RupiahAddition() {
        cashi.uniqueAddition = 0;
        assertThat(gateway.create(request(15000))).isInstanceOfSatisfying(GatewayCallResult.Declined.class,
                d -> assertThat(d.code()).isEqualTo("UNEXPECTED_AMOUNT_TO_PAY"));
        cashi.uniqueAddition = 100;
        assertThat(gateway.create(request(15000))).isInstanceOf(GatewayCallResult.Declined.class);
        cashi.uniqueAddition = 99;
        assertThat(gateway.create(request(15000))).isInstanceOf(GatewayCallResult.Accepted.class);
        cashi.uniqueAddition = 1;
        assertThat(gateway.create(request(15000))).isInstanceOf(GatewayCallResult.Accepted.class);
    }

    @Test
    void refusesBelowTheMinimumOrAnotherMethodWithoutCallingCashi() {
        assertThat(gateway.create(request(1999))).isInstanceOfSatisfying(GatewayCallResult.Declined.class,
                d -> assertThat(d.code()).isEqualTo("AMOUNT_BELOW_MINIMUM"));
        assertThat(gateway.create(request(Money.idr(15000), PaymentMethod.CHECKOUT_PAGE,
                clock.instant().plusSeconds(60)))).isInstanceOf(GatewayCallResult.Declined.class);
        assertThat(gateway.create(request(Money.idr("15000.50"), PaymentMethod.QRIS,
                clock.instant().plusSeconds(60)))).isInstanceOfSatisfying(GatewayCallResult.Declined.class,
                d -> assertThat(d.code()).isEqualTo("AMOUNT_NOT_WHOLE"));
        assertThat(cashi.seen).isEmpty();
        assertThat(gateway.descriptor().minimumAmount()).isEqualTo(Money.idr(2000));
    }

    @Test
    void saysWhenItsQrDiesSoThePaymentsExpiryIsCappedAtIt() {
        var result = gateway.create(request(Money.idr(15000), PaymentMethod.QRIS, clock.instant().plus(Duration.ofHours(1))));
        assertThat(((GatewayCallResult.Accepted<GatewayPaymentCreated>) result).value().instrumentExpiresAt())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
    }

    @Test
    void declinesAQrForAnotherAmountThanTheAmountToPaySoItIsNeverShown() {
        cashi.qrFor(1);
        var result = gateway.create(request(15000));
        assertThat(result).isInstanceOfSatisfying(GatewayCallResult.Declined.class, d -> {
            assertThat(d.code()).isEqualTo(CashiGateway.INVALID_QR);
            assertThat(d.message()).contains("WRONG_AMOUNT");
        });
    }

    @Test
    void aBusinessNoFromCashiIsDeclinedWithItsMessage() {
        cashi.answerNext("create-order", 400, "{\"success\":false,\"message\":\"Minimum amount is 2000\"}");
        assertThat(gateway.create(request(15000))).isInstanceOfSatisfying(GatewayCallResult.Declined.class,
                d -> assertThat(d.message()).isEqualTo("Minimum amount is 2000"));
        cashi.answerNext("create-order", 200, "{\"success\":false,\"message\":\"Merchant inactive\"}");
        assertThat(gateway.create(request(15000))).isInstanceOf(GatewayCallResult.Declined.class);
    }

    @Test
    void a5xxOrAnUnreadableAnswerIsUnknownNeverDeclined() {
        cashi.answerNext("create-order", 502, "<html>Bad gateway</html>");
        assertThat(gateway.create(request(15000))).isInstanceOf(GatewayCallResult.Unknown.class);
        cashi.answerNext("create-order", 200, "this is not json");
        assertThat(gateway.create(request(15000))).isInstanceOf(GatewayCallResult.Unknown.class);
        cashi.answerNext("create-order", 200, "{\"success\":true,\"order_id\":\"" + REFERENCE + "\"}");
        assertThat(gateway.create(request(15000))).isInstanceOfSatisfying(GatewayCallResult.Unknown.class,
                u -> assertThat(u.reason()).contains("no readable amount"));
    }

    @Test
    void aTimeOutOnCreateIsUnknown() {
        cashi.hold("create-order");
        GatewayCallResult<GatewayPaymentCreated> result = gateway.create(request(15000));
        assertThat(result).isInstanceOfSatisfying(GatewayCallResult.Unknown.class,
                u -> assertThat(u.reason()).contains("no answer"));
        assertThat(result.exchange().httpStatus()).isZero();
    }

    @Test
    void aRefusedConnectionIsUnknown() {
        cashi.close();
        assertThat(gateway.create(request(15000))).isInstanceOf(GatewayCallResult.Unknown.class);
        assertThat(gateway.query(lookup())).isInstanceOf(GatewayCallResult.Unknown.class);
    }

    @Test
    void anOpenOrderFoundByAQueryOffersItsUniqueAmountAndWhenItsQrDies() {
        gateway.create(request(15000));

        GatewayReport report = ((GatewayCallResult.Accepted<GatewayReport>) gateway.query(lookup())).value();

        GatewayPaymentCreated offer = report.offered().orElseThrow();
        assertThat(offer.amountToPay().compareTo(Money.idr(15000))).isPositive();
        assertThat(offer.instrumentExpiresAt()).as("created with the payment, dies qr-lifetime later")
                .isEqualTo(lookup().createdAt().plus(Duration.ofMinutes(10)));
    }

    @Test
    void settledIsPaidWithTheSettledAmountAndCashisTransactionId() {
        gateway.create(request(15000));
        cashi.settle(REFERENCE, 15023);

        GatewayCallResult<GatewayReport> result = gateway.query(lookup());

        assertThat(cashi.seen.get(1).path()).isEqualTo("/api/check-status/" + REFERENCE);
        GatewayReport report = ((GatewayCallResult.Accepted<GatewayReport>) result).value();
        assertThat(report.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(report.money()).contains(Money.idr(15023));
        assertThat(report.gatewayReference()).isEqualTo("31277571482");
        assertThat(report.gatewayStatus()).isEqualTo("SETTLED");
        assertThat(report.source()).isEqualTo(GatewayReport.Source.QUERY);
    }

    @Test
    void mapsTheOtherStatesAndLeavesAnUnknownWordUnknown() {
        gateway.create(request(15000));
        assertThat(statusOf()).isEqualTo(PaymentStatus.OPEN);
        cashi.setStatus(REFERENCE, "EXPIRED", null);
        assertThat(statusOf()).isEqualTo(PaymentStatus.EXPIRED);
        cashi.setStatus(REFERENCE, "FAILED", null);
        assertThat(statusOf()).isEqualTo(PaymentStatus.FAILED);
        cashi.setStatus(REFERENCE, "CANCELLED", null);
        assertThat(statusOf()).isEqualTo(PaymentStatus.CANCELLED);
        cashi.setStatus(REFERENCE, "ON_HOLD", null);
        assertThat(gateway.query(lookup())).isInstanceOfSatisfying(GatewayCallResult.Unknown.class,
                u -> assertThat(u.reason()).contains("ON_HOLD"));
    }

    @Test
    void retriesAStatusCheckThatGotNoUsableAnswer() {
        gateway.create(request(15000));
        cashi.answerNext("check-status", 500, "{\"success\":false,\"message\":\"Internal error\"}");
        assertThat(statusOf()).isEqualTo(PaymentStatus.OPEN);
        assertThat(cashi.seen).filteredOn(s -> s.path().startsWith("/api/check-status")).hasSize(2);
    }

    @Test
    void aTimeOutOrAnUnreadableAnswerOnAStatusCheckIsUnknownNeverAnOutcome() {
        CashiGateway asksOnce = new CashiGateway(CashiProperties.defaults().withBaseUrl(cashi.baseUrl())
                .withReadTimeout(Duration.ofMillis(300)).withQueryAttempts(1), clock);
        asksOnce.create(request(15000));
        cashi.settle(REFERENCE, 15023);

        cashi.answerNext("check-status", 200, "this is not json");
        assertThat(asksOnce.query(lookup())).isInstanceOf(GatewayCallResult.Unknown.class);
        cashi.answerNext("check-status", 200, "{\"success\":true,\"data\":{\"order_id\":\"" + REFERENCE + "\"}}");
        assertThat(asksOnce.query(lookup())).as("no status, no amount").isNotInstanceOf(GatewayCallResult.Accepted.class);

        cashi.hold("check-status");
        GatewayCallResult<GatewayReport> timedOut = asksOnce.query(lookup());
        assertThat(timedOut).as("settled at Cashi, but no answer is no outcome").isInstanceOf(GatewayCallResult.Unknown.class);
        assertThat(timedOut.exchange().httpStatus()).isZero();
    }

    @Test
    void anOrderCashiDoesNotKnowIsNotAnOutcome() {
        assertThat(gateway.query(lookup())).isNotInstanceOf(GatewayCallResult.Accepted.class);
    }

    @Test
    void anOpenCircuitAnswersUnknownWithoutCallingCashi() {
        CircuitBreaker breaker = gateway.circuitBreaker();
        breaker.transitionToOpenState();
        assertThat(gateway.create(request(15000))).isInstanceOfSatisfying(GatewayCallResult.Unknown.class,
                u -> assertThat(u.reason()).startsWith("circuit open"));
        assertThat(gateway.query(lookup())).isInstanceOf(GatewayCallResult.Unknown.class);
        assertThat(cashi.seen).isEmpty();
    }

    private PaymentStatus statusOf() {
        GatewayCallResult<GatewayReport> result = gateway.query(lookup());
        assertThat(result).isInstanceOf(GatewayCallResult.Accepted.class);
        return ((GatewayCallResult.Accepted<GatewayReport>) result).value().status();
    }
}
