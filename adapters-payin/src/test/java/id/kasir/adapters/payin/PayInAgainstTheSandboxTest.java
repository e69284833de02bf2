package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.notification.ReceiveGatewayNotification;
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
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.sandbox.SandboxApplication;
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;

/**
 * The adapter against the sandbox's simulated PayIn over real HTTP, with its callbacks arriving at
 * our endpoint in a small Spring Boot app wired to Kasir's use cases in memory ({@link TestKasir}).
 * The sandbox runs its retry ladder 60 000 times faster than PayIn (a minute is a millisecond).
 */
class PayInAgainstTheSandboxTest {

    static ConfigurableApplicationContext sandbox;
    static ConfigurableApplicationContext kasirApp;
    static SandboxFaults faults;
    static String sandboxBase;
    static String kasirBase;
    static final SwappableGateway gatewaySlot = new SwappableGateway();
    static final TestKasir kasir = new TestKasir(gatewaySlot);
    static PayInPaymentGateway gateway;
    /** Orders whose callback answers the test app "loses" (answers 500 after storing), and how many more times. */
    static final Map<String, AtomicInteger> answersToLose = new ConcurrentHashMap<>();
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        sandbox = new SpringApplicationBuilder(SandboxApplication.class).properties(
                "server.port=0", "kasir.sandbox.enabled=true", "kasir.sandbox.payin.retry-time-compression=60000",
                "kasir.providers.payin.enabled=false", "spring.main.banner-mode=off").run();
        sandboxBase = "http://localhost:" + port(sandbox) + "/sandbox/payin";
        faults = sandbox.getBean(SandboxFaults.class);
        kasirApp = new SpringApplicationBuilder(KasirSide.class).properties(
                "server.port=0", "kasir.providers.payin.base-url=" + sandboxBase, "spring.main.banner-mode=off").run();
        kasirBase = "http://localhost:" + port(kasirApp);
        gateway = new PayInPaymentGateway(PayInProperties.defaults().withBaseUrl(sandboxBase), kasirBase, kasir.clock);
        gatewaySlot.target = gateway;
    }

    @AfterAll
    static void stop() {
        if (kasirApp != null) {
            kasirApp.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @AfterEach
    void clearFaults() {
        faults.clear();
        gatewaySlot.target = gateway;
    }

    @Test
    void aPaidOrderBecomesPaidWithItsFeeThroughTheCallback() {
        Payment payment = create(PaymentMethod.QRIS, 20_000, "Kopi Susu");
        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(payment.gatewayReference()).hasValueSatisfying(ref -> assertThat(ref).startsWith("PAYIN"));
        assertThat(payment.instructions().qrContent()).isEqualTo(sandboxOrder(payment).get("qrisPayload").asString());
        assertThat(payment.instructions().checkoutUrl()).contains("/paydesk/");

        sandboxAction(payment, "pay");

        Payment paid = waitForStatus(payment, PaymentStatus.PAID);
        assertThat(paid.paidAmount()).contains(Money.idr(20_000));
        assertThat(paid.gatewayFee()).contains(Money.idr(1_000)); // QRIS: 0.7 % with the sandbox's 1,000 minimum
        assertThat(kasir.statusChanges).contains(payment.orderId() + ":OPEN->PAID");
        assertThat(storedFor(payment)).singleElement().satisfies(n -> {
            assertThat(n.notification().verification()).isEqualTo(Verification.VERIFIED);
            assertThat(n.outcome()).isEqualTo(NotificationOutcome.APPLIED);
            assertThat(n.notification().headers()).contains("Sign: ***").containsIgnoringCase("merchantid: 1002001");
        });
        assertThat(kasir.payments.timeline(payment.id())).extracting(e -> e.type().name()).isNotEmpty();
        // The sandbox records the callback's answer after Kasir gave it, so possibly after PAID is seen here.
        Eventually.waitUntil("the sandbox recorded the callback's answer",
                () -> sandboxOrder(payment).get("callbacks").size() > 0);
        assertThat(sandboxOrder(payment).get("callbacks").get(0).get("httpStatus").asInt()).isEqualTo(200);
    }

    @Test
    void aFailedOrderBecomesFailed() {
        Payment payment = create(PaymentMethod.EWALLET, 15_000, "Pulsa");
        assertThat(payment.instructions().checkoutUrl()).contains("/link/pay?bizNo=");
        sandboxAction(payment, "fail");
        waitForStatus(payment, PaymentStatus.FAILED);
    }

    @Test
    void theRetryLadderDeliveringTheSameCallbackManyTimesChangesThePaymentOnce() {
        Payment payment = create(PaymentMethod.QRIS, 30_000, "Retry ladder");
        answersToLose.put(payment.reference(), new AtomicInteger(3));

        sandboxAction(payment, "pay");

        Eventually.waitUntil("the sandbox delivers on its fourth try", () -> {
            JsonNode callbacks = sandboxOrder(payment).get("callbacks");
            return callbacks.size() == 4 && callbacks.get(3).get("delivered").asBoolean();
        });
        List<StoredNotification> stored = storedFor(payment);
        assertThat(stored).hasSize(4);
        assertThat(stored).filteredOn(n -> n.outcome() == NotificationOutcome.DUPLICATE).hasSize(3);
        assertThat(stored).filteredOn(n -> n.outcome() == NotificationOutcome.APPLIED).hasSize(1);
        assertThat(kasir.statusChanges).filteredOn(c -> c.startsWith(payment.orderId() + ":")).containsExactly(
                payment.orderId() + ":PENDING->OPEN", payment.orderId() + ":OPEN->PAID");
    }

    @Test
    void aCallbackSentTwiceIsStoredTwiceAndAppliedOnce() {
        faults.add(FaultRule.of("payin", "callback", Fault.DUPLICATE_NOTIFICATION));
        Payment payment = create(PaymentMethod.QRIS, 25_000, "Twice");
        sandboxAction(payment, "pay");
        Eventually.waitUntil("both copies arrive", () -> storedFor(payment).size() == 2);
        assertThat(storedFor(payment)).extracting(StoredNotification::outcome)
                .containsExactlyInAnyOrder(NotificationOutcome.APPLIED, NotificationOutcome.DUPLICATE);
        assertThat(kasir.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aFailCallbackArrivingAfterTheSuccessOneLeavesThePaymentPaid() {
        faults.add(FaultRule.of("payin", "callback", Fault.OUT_OF_ORDER_NOTIFICATION));
        Payment payment = create(PaymentMethod.QRIS, 22_000, "Out of order");
        sandboxAction(payment, "pay");

        Eventually.waitUntil("the success and the late fail arrive", () -> storedFor(payment).size() == 2);
        assertThat(kasir.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(storedFor(payment)).extracting(StoredNotification::outcome)
                .containsExactly(NotificationOutcome.APPLIED, NotificationOutcome.IGNORED);
        assertThat(kasir.statusChanges).filteredOn(c -> c.startsWith(payment.orderId() + ":")).containsExactly(
                payment.orderId() + ":PENDING->OPEN", payment.orderId() + ":OPEN->PAID");
    }

    @Test
    void aCallbackWithABadSignIsRefusedStoredAndChangesNothingUntilAQuerySettlesIt() {
        faults.add(FaultRule.of("payin", "callback", Fault.BAD_NOTIFICATION_SIGNATURE));
        Payment payment = create(PaymentMethod.QRIS, 20_000, "Forged");
        sandboxAction(payment, "pay");

        Eventually.waitUntil("the sandbox's ladder gives up after 11 tries", () -> {
            JsonNode callbacks = sandboxOrder(payment).get("callbacks");
            return callbacks.size() == 11;
        });
        JsonNode callbacks = sandboxOrder(payment).get("callbacks");
        for (JsonNode attempt : callbacks) {
            assertThat(attempt.get("httpStatus").asInt()).isEqualTo(401);
        }
        List<StoredNotification> stored = storedFor(payment);
        assertThat(stored).hasSize(11).allSatisfy(n -> {
            assertThat(n.outcome()).isEqualTo(NotificationOutcome.REJECTED);
            assertThat(n.notification().verification()).isEqualTo(Verification.REJECTED);
        });
        assertThat(kasir.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.OPEN);

        kasir.refreshPayment.refresh(payment.id(), Actor.system("test"));
        assertThat(kasir.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aPaidAmountOtherThanTheOrderIsNotAppliedAndGoesToOps() {
        faults.add(FaultRule.of("payin", "pay", Fault.WRONG_PAID_AMOUNT).withAmountDelta(500));
        Payment payment = create(PaymentMethod.QRIS, 20_000, "Wrong amount");
        sandboxAction(payment, "pay");
        Eventually.waitUntil("the callback is judged", () -> storedFor(payment).stream()
                .anyMatch(n -> n.outcome() == NotificationOutcome.AMOUNT_MISMATCH));
        assertThat(kasir.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.opsExceptions.bySubject(payment.id().value()))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(OpsExceptionType.AMOUNT_MISMATCH));
    }

    @Test
    void aCreateThatTimesOutStaysPendingUntilAQueryFindsTheOrder() {
        faults.add(FaultRule.of("payin", "payIn", Fault.TIMEOUT).withLatency(5_000).times(1));
        gatewaySlot.target = new PayInPaymentGateway(PayInProperties.defaults().withBaseUrl(sandboxBase)
                .withReadTimeout(Duration.ofMillis(500)), kasirBase, kasir.clock);

        Payment payment = create(PaymentMethod.QRIS, 20_000, "Slow");
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.gatewayReference()).isEmpty();

        var refreshed = kasir.refreshPayment.refresh(payment.id(), Actor.system("test"));
        assertThat(refreshed.gatewaySays()).isInstanceOf(GatewayCallResult.Accepted.class);
        Payment known = kasir.payments.byId(payment.id()).orElseThrow();
        assertThat(known.status()).isEqualTo(PaymentStatus.PAYING);
        // PayIn's status answer carries payCode and payUrl: the payment learns them, so it can be paid.
        assertThat(known.instructions().qrContent()).isEqualTo(sandboxOrder(payment).get("qrisPayload").asString());
        assertThat(known.amountToPay()).isEqualTo(Money.idr(20_000));
        assertThat(kasir.payments.timeline(payment.id())).extracting(e -> e.type())
                .contains(id.kasir.domain.payment.PaymentEventType.INSTRUCTIONS_LEARNED);

        sandboxAction(payment, "pay");
        waitForStatus(payment, PaymentStatus.PAID);
    }

    @Test
    void showsEachPayCodeShapeTheRightWay() {
        Payment text = create(PaymentMethod.QRIS, 20_000, "shape:qris-text");
        assertThat(id.kasir.domain.qris.QrisCode.check(text.instructions().qrContent(), text.amountToPay()).passed()).isTrue();

        Payment url = create(PaymentMethod.QRIS, 20_000, "shape:image-url");
        // built on kasir.sandbox.public-base-url (the embedded default's 8080), not the test's port
        assertThat(url.instructions().qrImageUrl()).matches("http://[^/]+/sandbox/payin/qr/"
                + url.gatewayReference().orElseThrow() + "\\.png");
        assertThat(url.instructions().qrContent()).isNull();

        Payment image = create(PaymentMethod.QRIS, 20_000, "shape:base64-image");
        assertThat(image.instructions().qrImageUrl()).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(image.instructions().qrImageUrl().substring("data:image/png;base64,".length()));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');

        var va = new PayInPaymentGateway(new PayInProperties(null, sandboxBase, null, null, Map.of("VA", "31"),
                null, null, null, null), kasirBase, kasir.clock);
        var created = va.create(new GatewayPaymentRequest(new id.kasir.domain.payment.PaymentId(UUID.randomUUID().toString()),
                kasir.ids.newReference(), "va-order", Money.idr(50_000), PaymentMethod.VA,
                kasir.clock.instant().plusSeconds(3600), Customer.UNKNOWN, "Invoice 7", null, null));
        assertThat(created).isInstanceOf(GatewayCallResult.Accepted.class);
        var instructions = ((GatewayCallResult.Accepted<GatewayPaymentCreated>) created).value().instructions();
        assertThat(instructions.payCode()).matches("\\d{16}");
        assertThat(instructions.qrContent()).isNull();
    }

    @Test
    void aBodyThatIsNotACallbackIsAnsweredBadRequestAndStoredAsRejected() throws Exception {
        int before = kasir.notifications.all().size();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(kasirBase + "/webhooks/payin"))
                .header("MerchantId", "1002001").header("Sign", "00")
                .POST(HttpRequest.BodyPublishers.ofString("{oops")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception");
        assertThat(kasir.notifications.all()).hasSize(before + 1);
        assertThat(kasir.notifications.all().get(before).outcome()).isEqualTo(NotificationOutcome.REJECTED);
    }

    /** Issue 11: signed and unsigned callbacks saying SUCCESS with amounts that cannot be checked. */
    @org.junit.jupiter.params.ParameterizedTest(name = "signed={0} amount={1} -> {2} {3}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "true |\"abc\"      |200|UNUSABLE_AMOUNT|UNUSABLE_AMOUNT",
            "true |-             |200|UNUSABLE_AMOUNT|UNUSABLE_AMOUNT",
            "true |\"\"         |200|UNUSABLE_AMOUNT|UNUSABLE_AMOUNT",
            "true |\"-20000.00\"|200|UNUSABLE_AMOUNT|UNUSABLE_AMOUNT",
            "true |20000.001     |200|UNUSABLE_AMOUNT|UNUSABLE_AMOUNT",
            "true |1e10000000    |200|UNUSABLE_AMOUNT|UNUSABLE_AMOUNT",
            "true |\"1e999999999\"|200|UNUSABLE_AMOUNT|UNUSABLE_AMOUNT",
            "true |0             |200|AMOUNT_MISMATCH|AMOUNT_MISMATCH",
            "false|1e10000000    |401|REJECTED       |-",
            "false|\"abc\"      |401|REJECTED       |-"})
    void aSuccessCallbackWithAnAmountThatCannotBeCheckedChangesNothingAndNeverAnswers5xx(
            boolean signed, String amount, int answer, NotificationOutcome outcome, String ops) throws Exception {
        Payment payment = create(PaymentMethod.QRIS, 20_000, "Corpus");
        String body = "{" + (amount.equals("-") ? "" : "\"amount\":" + amount + ",") + "\"mchOrderNo\":\""
                + payment.reference() + "\",\"merchantId\":\"1002001\",\"orderNo\":\""
                + payment.gatewayReference().orElseThrow() + "\",\"orderStatus\":\"SUCCESS\"}";
        String sign = signed ? new PayInSign("sandbox-payin-key").sign(body) : "0".repeat(32);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(kasirBase + "/webhooks/payin"))
                .header("MerchantId", "1002001").header("Sign", sign).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(answer);
        assertThat(storedFor(payment)).last().satisfies(n -> assertThat(n.outcome()).isEqualTo(outcome));
        // The status query that follows finds the order unpaid at the sandbox (PayIn's PAYING): never PAID.
        assertThat(kasir.payments.byId(payment.id()).orElseThrow().status()).isIn(PaymentStatus.OPEN,
                PaymentStatus.PAYING);
        if (ops.equals("-")) {
            assertThat(kasir.opsExceptions.bySubject(payment.id().value())).isEmpty();
        } else {
            assertThat(kasir.opsExceptions.bySubject(payment.id().value()))
                    .anySatisfy(e -> assertThat(e.type()).isEqualTo(OpsExceptionType.valueOf(ops)));
        }
    }

    // --- plumbing ---

    private Payment create(PaymentMethod method, long rupiah, String description) {
        String orderId = "order-" + UUID.randomUUID();
        var request = new NewPayment(orderId, PayInPaymentGateway.ID, method, Money.idr(rupiah),
                kasir.clock.instant().plusSeconds(1800), new Customer("c-1", "628123456789", "Reza Wijaya", null),
                description, null, null);
        return kasir.createPayment.create(request, Actor.merchant("test")).payment();
    }

    private static Payment waitForStatus(Payment payment, PaymentStatus status) {
        Eventually.waitUntil(payment.orderId() + " is " + status,
                () -> kasir.payments.byId(payment.id()).orElseThrow().status() == status);
        return kasir.payments.byId(payment.id()).orElseThrow();
    }

    private static List<StoredNotification> storedFor(Payment payment) {
        return kasir.notifications.all().stream()
                .filter(n -> payment.reference().equals(n.notification().reference())).toList();
    }

    private static void sandboxAction(Payment payment, String action) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create(sandboxBase + "/_sandbox/orders/" + payment.reference() + "/" + action))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode sandboxOrder(Payment payment) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create(sandboxBase + "/_sandbox/orders/" + payment.reference())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return PayInJson.MAPPER.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Lets TestKasir be built before the adapter, whose notify URL needs the test app's port. */
    static final class SwappableGateway implements PaymentGateway {
        volatile PaymentGateway target;
        private final GatewayDescriptor descriptor = new GatewayDescriptor(PayInPaymentGateway.ID, "PayIn",
                java.util.Set.of(PaymentMethod.QRIS, PaymentMethod.EWALLET), PayInPaymentGateway.MINIMUM);

        @Override
        public GatewayDescriptor descriptor() {
            return descriptor;
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

    /** Kasir's side: this module's auto-configuration (endpoint included) over TestKasir's use cases. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class KasirSide {
        @Bean
        ReceiveGatewayNotification receiveGatewayNotification() {
            return kasir.receiveNotification;
        }

        @Bean
        Clock clock() {
            return kasir.clock;
        }

        /** Stores and applies, then "loses" the answer (HTTP 500) for orders the test names, so PayIn retries. */
        @Bean
        Filter loseSomeAnswers() {
            return (request, response, chain) -> {
                var cached = new ContentCachingResponseWrapper((HttpServletResponse) response);
                var wrapped = new org.springframework.web.util.ContentCachingRequestWrapper((HttpServletRequest) request, 1 << 20);
                chain.doFilter(wrapped, cached);
                String body = new String(wrapped.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
                AtomicInteger toLose = answersToLose.entrySet().stream().filter(e -> body.contains(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (toLose != null && toLose.getAndDecrement() > 0) {
                    ((HttpServletResponse) response).sendError(500);
                    return;
                }
                cached.copyBodyToResponse();
            };
        }
    }
}
