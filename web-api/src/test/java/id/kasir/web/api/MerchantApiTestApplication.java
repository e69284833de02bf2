package id.kasir.web.api;

import id.kasir.application.merchant.ApiKeys;
import id.kasir.application.merchant.IdempotencyKeys;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.merchant.MerchantNotifications;
import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.application.port.QrImageRenderer;
import id.kasir.application.payout.FindPayouts;
import id.kasir.application.payout.InquirePayoutAccount;
import id.kasir.application.payout.RequestPayout;
import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.FakePayoutGateway;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.application.testing.TestMerchantKasir;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayDescriptor;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.Payments;
import id.kasir.web.api.notification.JacksonMerchantEventPayloads;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small application for the merchant API's tests: the use cases over in-memory fakes (with the
 * outbox listening to status changes, its events rendered by the API's own Jackson renderer) and two
 * scripted gateways, "cashin" (checkout page and QRIS, from 1,000) and "cashi" (QRIS only, from 2,000,
 * answering with a QR image as a data: URL). The API's own beans (CreateMerchantPayment, the
 * controllers, the security chains) come from its auto-configuration, over these.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class MerchantApiTestApplication {

    /** A 1×1 PNG, as Cashi sends its QR images. */
    public static final String PNG_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    public static GatewayCallResult<GatewayPaymentCreated> cashinOpens(GatewayPaymentRequest request) {
        String qr = request.method() == PaymentMethod.QRIS ? "00020101021226QRIS-" + request.reference() : null;
        String link = request.method() == PaymentMethod.CHECKOUT_PAGE ? "https://pay.example/" + request.reference() : null;
        return GatewayCallResult.accepted(new GatewayPaymentCreated("GW-" + request.reference(), request.amount(), null,
                new PaymentInstructions(link, qr, null, null)), new GatewayExchange("create", "{}", "{}", 200, null));
    }

    public static GatewayCallResult<GatewayPaymentCreated> cashiOpens(GatewayPaymentRequest request) {
        return GatewayCallResult.accepted(new GatewayPaymentCreated("CASHI-" + request.reference(),
                request.amount().plus(Money.idr(42)), null,
                new PaymentInstructions(null, null, "data:image/png;base64," + PNG_BASE64, null)),
                new GatewayExchange("create", "{}", "{}", 200, null));
    }

    @Bean
    FakePaymentGateway cashin() {
        return new FakePaymentGateway("cashin").onCreate(MerchantApiTestApplication::cashinOpens);
    }

    @Bean
    FakePaymentGateway cashi() {
        return new FakePaymentGateway(new GatewayDescriptor(GatewayId.of("cashi"), "Cashi", Set.of(PaymentMethod.QRIS),
                Money.idr(2000))).onCreate(MerchantApiTestApplication::cashiOpens);
    }

    @Bean
    TestMerchantKasir kasir(FakePaymentGateway cashin, FakePaymentGateway cashi, JsonMapper jsonMapper) {
        return new TestMerchantKasir(new JacksonMerchantEventPayloads(jsonMapper), cashin, cashi);
    }

    @Bean
    Clock clock(TestMerchantKasir kasir) {
        return kasir.clock;
    }

    @Bean
    Payments payments(TestMerchantKasir kasir) {
        return kasir.payments;
    }

    @Bean
    CreatePayment createPayment(TestMerchantKasir kasir) {
        return kasir.createPayment;
    }

    @Bean
    FindPayments findPayments(TestMerchantKasir kasir) {
        return kasir.findPayments;
    }

    @Bean
    RefreshPayment refreshPayment(TestMerchantKasir kasir) {
        return kasir.refreshPayment;
    }

    @Bean
    StoreOutage storeOutage() {
        return new StoreOutage();
    }

    /** The same keys as the use cases in {@link TestMerchantKasir}, unreachable while {@link StoreOutage} says so. */
    @Bean
    ApiKeys apiKeys(TestMerchantKasir kasir, StoreOutage outage) {
        return outage.apiKeys(kasir.apiKeys);
    }

    @Bean
    IdempotencyKeys idempotencyKeys(TestMerchantKasir kasir, StoreOutage outage) {
        return outage.idempotencyKeys(kasir.idempotencyKeys);
    }

    @Bean
    MerchantNotificationOutbox merchantNotificationOutbox(TestMerchantKasir kasir) {
        return kasir.outbox;
    }

    @Bean
    MerchantNotifications merchantNotifications(TestMerchantKasir kasir) {
        return kasir.merchantNotifications;
    }

    @Bean
    AuditTrail auditTrail(TestMerchantKasir kasir) {
        return kasir.audit;
    }

    /** Payouts: the use cases over in-memory fakes, with a scripted Cash In that knows the sandbox's accounts. */
    @Bean
    FakePayoutGateway payoutGateway() {
        return new FakePayoutGateway("cashin");
    }

    @Bean
    TestPayoutKasir payoutKasir(FakePayoutGateway payoutGateway) {
        return new TestPayoutKasir(payoutGateway);
    }

    @Bean
    InquirePayoutAccount inquirePayoutAccount(TestPayoutKasir payouts) {
        return payouts.inquire;
    }

    @Bean
    RequestPayout requestPayout(TestPayoutKasir payouts) {
        return payouts.request;
    }

    @Bean
    FindPayouts findPayouts(TestPayoutKasir payouts) {
        return payouts.find;
    }

    /** Not a real QR: the PNG signature followed by the content, so tests can see what was drawn. */
    @Bean
    QrImageRenderer qrImageRenderer() {
        return (content, size) -> {
            byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
            byte[] text = ("QR[" + size + "]:" + content).getBytes(StandardCharsets.UTF_8);
            byte[] png = new byte[signature.length + text.length];
            System.arraycopy(signature, 0, png, 0, signature.length);
            System.arraycopy(text, 0, png, signature.length, text.length);
            return png;
        };
    }
}
