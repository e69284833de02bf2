package id.kasir.web.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.kasir.application.merchant.ApiCaller;
import id.kasir.application.merchant.DeliverMerchantNotifications;
import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantPaymentRequest;
import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestMerchantKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merchant endpoint (a JDK HTTP server) that fails each event twice with 500 and then accepts it;
 * the clock is moved past each back-off instead of waiting.
 */
class MerchantNotificationDeliveryTest {

    private static final String SECRET = "whsec_merchant_test_secret";

    private record Received(String eventId, String type, String timestamp, String signature, String body, int answer) {
    }

    private final FakePaymentGateway gateway = new FakePaymentGateway("cashin");
    private final TestMerchantKasir kasir = new TestMerchantKasir(
            new JacksonMerchantEventPayloads(JsonMapper.builder().build()), gateway);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attemptsByEvent = new ConcurrentHashMap<>();
    private HttpServer merchant;
    private DeliverMerchantNotifications delivery;

    @BeforeEach
    void startMerchantEndpoint() throws Exception {
        merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchant.createContext("/kasir/notifications", exchange -> {
            String eventId = exchange.getRequestHeaders().getFirst("Kasir-Event-Id");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int attempt = attemptsByEvent.computeIfAbsent(eventId, e -> new AtomicInteger()).incrementAndGet();
            int answer = attempt <= 2 ? 500 : 200;
            received.add(new Received(eventId, exchange.getRequestHeaders().getFirst("Kasir-Event-Type"),
                    exchange.getRequestHeaders().getFirst("Kasir-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Kasir-Signature"), body, answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        merchant.start();
        URI url = URI.create("http://127.0.0.1:" + merchant.getAddress().getPort() + "/kasir/notifications");
        delivery = kasir.delivery(new SignedMerchantNotificationSender(url, SECRET, Duration.ofSeconds(5),
                Duration.ofSeconds(10), kasir.clock));
    }

    @AfterEach
    void stopMerchantEndpoint() {
        merchant.stop(0);
    }

    @Test
    void deliversEveryEventExactlyOnceAfterTheReceiverRecoversAndEachSignatureVerifies() throws Exception {
        var payment = kasir.createMerchantPayment.create(new MerchantPaymentRequest("ORD-1", GatewayId.of("cashin"),
                PaymentMethod.QRIS, Money.idr(15000), 30, Customer.UNKNOWN, null, null, null, null),
                new ApiCaller(1, "shop", "kasir_test_abcdef", null)).payment();
        kasir.applyGatewayStatus.apply(payment.id(),
                GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.NOTIFICATION),
                Actor.gateway("cashin"));

        assertThat(delivery.deliverDue().retrying()).isEqualTo(2);
        kasir.clock.advance(Duration.ofSeconds(10));
        assertThat(delivery.deliverDue().retrying()).isEqualTo(2);
        kasir.clock.advance(Duration.ofSeconds(29));
        assertThat(delivery.deliverDue().attempted()).as("30 s back-off not over yet").isZero();
        kasir.clock.advance(Duration.ofSeconds(1));
        assertThat(delivery.deliverDue().delivered()).isEqualTo(2);
        kasir.clock.advance(Duration.ofDays(2));
        assertThat(delivery.deliverDue().attempted()).as("nothing is sent again once delivered").isZero();

        assertThat(kasir.outbox.all()).extracting(MerchantNotification::status)
                .containsOnly(MerchantNotification.Status.DELIVERED);
        List<String> eventIds = kasir.outbox.all().stream().map(MerchantNotification::eventId).toList();
        assertThat(received).filteredOn(r -> r.answer() == 200).extracting(Received::eventId)
                .containsExactlyInAnyOrderElementsOf(eventIds);
        assertThat(received).filteredOn(r -> r.answer() == 200).extracting(Received::type)
                .containsExactlyInAnyOrder("payment.open", "payment.paid");
        assertThat(received).hasSize(6);

        for (Received r : received) {
            assertThat(r.signature()).isEqualTo("v1=" + hmacSha256Hex(SECRET, r.timestamp() + "." + r.body()));
            assertThat(r.body()).contains("\"id\":\"" + r.eventId() + "\"");
        }
        Received paid = received.stream().filter(r -> r.type().equals("payment.paid") && r.answer() == 200)
                .findFirst().orElseThrow();
        assertThat(paid.timestamp()).isEqualTo(String.valueOf(kasir.clock.instant().minus(Duration.ofDays(2))
                .getEpochSecond()));
        assertThat(paid.body()).contains("\"orderId\":\"ORD-1\"", "\"status\":\"PAID\"", "\"amount\":15000");
    }

    @Test
    void anEndpointThatDoesNotAnswerIsAFailedAttemptNotAnError() throws Exception {
        HttpServer silent = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        silent.createContext("/", exchange -> {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        silent.setExecutor(java.util.concurrent.Executors.newSingleThreadExecutor());
        silent.start();
        try {
            var sender = new SignedMerchantNotificationSender(URI.create("http://127.0.0.1:"
                    + silent.getAddress().getPort() + "/"), SECRET, Duration.ofSeconds(2), Duration.ofMillis(300),
                    kasir.clock);
            kasir.outbox.add(new id.kasir.application.merchant.MerchantNotificationOutbox.NewNotification("e-1",
                    "payment.paid", "p-1", "{}", kasir.clock.instant()));

            var run = kasir.delivery(sender).deliverDue();

            assertThat(run.retrying()).isEqualTo(1);
            assertThat(kasir.outbox.byId(1).orElseThrow().lastError()).isEqualTo("timed out");
        } finally {
            done.countDown();
            silent.stop(0);
            ((java.util.concurrent.ExecutorService) silent.getExecutor()).shutdownNow();
        }
    }

    @Test
    void aRefusedConnectionIsAFailedAttempt() {
        var sender = new SignedMerchantNotificationSender(URI.create("http://127.0.0.1:1/"), SECRET,
                Duration.ofSeconds(2), Duration.ofSeconds(2), kasir.clock);
        kasir.outbox.add(new id.kasir.application.merchant.MerchantNotificationOutbox.NewNotification("e-1",
                "payment.paid", "p-1", "{}", kasir.clock.instant()));

        assertThat(kasir.delivery(sender).deliverDue().retrying()).isEqualTo(1);
        assertThat(kasir.outbox.byId(1).orElseThrow().lastError()).isEqualTo("could not connect");
    }

    /** Independent of the signer under test: the merchant's side, with javax.crypto. */
    private static String hmacSha256Hex(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
