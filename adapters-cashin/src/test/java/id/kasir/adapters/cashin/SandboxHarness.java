package id.kasir.adapters.cashin;

import id.kasir.application.testing.Eventually;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayDescriptor;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.gateway.PaymentGateway;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.sandbox.SandboxApplication;
import id.kasir.sandbox.faults.SandboxFaults;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Spring Boot apps on random ports in this JVM: the sandbox's simulated Cash In, and a small Kasir
 * web app with only this adapter's auto-configuration (its notify endpoint), whose
 * {@code ReceiveGatewayNotification} is TestKasir's. The sandbox notifies that app over real HTTP;
 * TestKasir talks to the sandbox through the real adapter. Kasir boots first (with a gateway that is
 * connected once the sandbox's port is known), so no port has to be guessed.
 */
final class SandboxHarness implements AutoCloseable {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class KasirNotifyApp {
    }

    /** Stands in the registry until the sandbox is up, then forwards to the real adapter. */
    static final class LateGateway implements PaymentGateway {
        volatile PaymentGateway target;

        @Override
        public GatewayDescriptor descriptor() {
            return CashInPaymentGateway.DESCRIPTOR;
        }

        @Override
        public GatewayCallResult<GatewayPaymentCreated> create(GatewayPaymentRequest request) {
            return target.create(request);
        }

        @Override
        public GatewayCallResult<GatewayReport> query(GatewayPaymentLookup lookup) {
            return target.query(lookup);
        }
    }

    private static final AtomicInteger ORDERS = new AtomicInteger();

    final LateGateway gateway = new LateGateway();
    final TestKasir kasir = new TestKasir(gateway);
    final ConfigurableApplicationContext kasirApp;
    final ConfigurableApplicationContext sandbox;
    final SandboxFaults faults;
    final String sandboxBase;
    private final HttpClient http = HttpClient.newHttpClient();

    SandboxHarness(String notifyStyle) {
        // TestKasir's clock starts at a fixed instant; the sandbox lives in real time.
        kasir.clock.advance(Duration.between(kasir.clock.instant(), Instant.now()));
        kasirApp = new SpringApplicationBuilder(KasirNotifyApp.class)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("receiveGatewayNotification", kasir.receiveNotification);
                    ctx.getBeanFactory().registerSingleton("guardAgainstReplays", kasir.guardAgainstReplays);
                })
                .properties("server.port=0", "spring.main.banner-mode=off", "kasir.sandbox.enabled=false")
                .run();
        int kasirPort = ((WebServerApplicationContext) kasirApp).getWebServer().getPort();
        sandbox = new SpringApplicationBuilder(SandboxApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off", "kasir.sandbox.enabled=true",
                        "kasir.providers.cashin.enabled=false",
                        "kasir.sandbox.merchant-base-url=http://localhost:" + kasirPort,
                        "kasir.sandbox.cashin.notify-style=" + notifyStyle,
                        "kasir.sandbox.cashin.notify-backoff=50ms")
                .run();
        sandboxBase = "http://localhost:" + ((WebServerApplicationContext) sandbox).getWebServer().getPort() + "/sandbox";
        faults = sandbox.getBean(SandboxFaults.class);
        gateway.target = gatewayWith(Duration.ofSeconds(20));
    }

    /** The adapter as the embedded default builds it (sandbox keys and credentials), aimed at this sandbox. */
    CashInPaymentGateway gatewayWith(Duration readTimeout) {
        CashInProperties properties = CashInProperties.sandboxDefaults().withBaseUrl(sandboxBase + "/cashin")
                .withReadTimeout(readTimeout);
        return CashInAutoConfiguration.build(properties, kasirApp.getBean(CashInSnapSigner.class), Clock.systemUTC(),
                "http://localhost:8080");
    }

    Payment create(PaymentMethod method, long rupiah) {
        return kasir.createPayment.create(new NewPayment("ORDER-" + System.nanoTime() + "-" + ORDERS.incrementAndGet(),
                CashInPaymentGateway.ID, method, Money.idr(rupiah), kasir.clock.instant().plus(Duration.ofMinutes(30)),
                new Customer("CUST-1", "081234567890", null, null), "sandbox test", "https://shop.example/ok",
                "https://shop.example/back"), Actor.system("test")).payment();
    }

    Payment current(Payment payment) {
        return kasir.payments.byId(payment.id()).orElseThrow();
    }

    /** Scripts the customer on the sandbox: pay, fail, cancel or expire. Returns the HTTP status. */
    int act(Payment payment, String action) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sandboxBase + "/cashin/_sandbox/orders/"
                    + payment.reference() + "/" + action)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (Exception e) {
            throw new AssertionError("could not reach the sandbox", e);
        }
    }

    /** The sandbox's order as JSON, delivery attempts included. */
    String order(Payment payment) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(sandboxBase + "/cashin/_sandbox/orders/" + payment.reference()))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new AssertionError("could not reach the sandbox", e);
        }
    }

    List<StoredNotification> notificationsAbout(Payment payment) {
        return kasir.notifications.all().stream()
                .filter(n -> n.notification().body().contains(payment.reference())).toList();
    }

    void waitForNotifications(Payment payment, int count) {
        Eventually.waitUntil(count + " notification(s) for " + payment.reference(),
                () -> notificationsAbout(payment).stream().filter(n -> n.outcome() != id.kasir.domain.notification.NotificationOutcome.RECEIVED).count() >= count);
    }

    @Override
    public void close() {
        sandbox.close();
        kasirApp.close();
    }
}
