package id.kasir.app.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kasir.app.e2e.EmbeddedKasir;
import id.kasir.app.inbox.InboxTestBeans.Captured;
import id.kasir.app.reconciliation.ReconciliationTestBeans.MovedClock;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.notification.ResumeAbandonedNotifications;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.Payments;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway-notification inbox of the whole application under concurrency and crashes (issue 17), over
 * real HTTP to the real endpoints, with the in-process sandbox signing the notifications: the sandbox's own
 * delivery is held back ({@link InboxTestBeans.Capture}) and exact copies of it are fired at once behind a
 * start gate. On H2 and MariaDB (the subclasses). Counted: inbox rows by outcome, status changes on the
 * timeline, merchant events in the outbox, and Cashi's status queries on the wire.
 */
abstract class NotificationInboxUnderConcurrency {

    static final String KEY = "kasir_inbox_bootstrap-key-0123456789";
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "date", "expect", "from",
            "host", "upgrade", "via", "warning", "transfer-encoding");
    private static final Map<String, String> NOTIFY_PATH = Map.of("cashin", "/v1.0/", "cashi", "/webhooks/cashi",
            "payin", "/webhooks/payin");

    static EmbeddedKasir kasir;
    private static String database;
    private static String[] settings;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static EmbeddedKasir start(String... databaseProperties) {
        List<String> properties = new ArrayList<>(List.of("kasir.api.bootstrap-key=" + KEY,
                "kasir.admin.bootstrap-password=harbor-inbox-lantern-42",
                "kasir.reconciliation.enabled=false", "kasir.reconciliation.janitor.enabled=false",
                "kasir.notifications.inbox.janitor.enabled=false", "kasir.payouts.follow-up.enabled=false",
                "kasir.notifications.inbox.claim-lease=" + LEASE));
        properties.addAll(List.of(databaseProperties));
        database = "jdbc:h2:mem:kasir-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        settings = properties.toArray(String[]::new);
        // The database properties given (MariaDB's) replace the H2 default.
        return EmbeddedKasir.startWith(List.of(InboxTestBeans.class), EmbeddedKasir.freePort(), database, settings);
    }

    @AfterAll
    static void stop() {
        if (kasir != null) {
            kasir.bean(InboxTestBeans.Freeze.class).thaw();
            kasir.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cashin", "cashi", "payin"})
    void tenIdenticalNotificationsAtOnceMakeOneAppliedRowOneChangeOneMerchantEventAndNoError(String gateway)
            throws Exception {
        Payment payment = createAndPayHoldingTheNotification(gateway);
        Captured notification = held(gateway, payment);
        int queriesBefore = kasir.bean(InboxTestBeans.Capture.class).cashiStatusQueries(payment.reference());

        List<HttpResponse<String>> answers = atOnce(10, () -> send(notification));

        assertThat(answers).as("every copy hears the gateway's \"received\"").allSatisfy(a -> {
            assertThat(a.statusCode()).as(a.body()).isEqualTo(200);
            if (gateway.equals("cashin")) {
                assertThat(a.body()).contains("2005600");
            }
        });
        assertThat(outcomes(gateway, payment)).isEqualTo(Map.of("APPLIED", 1, "DUPLICATE", 9));
        assertThat(kasir.bean(FindPayments.class).byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(statusChangesTo(payment.id(), PaymentStatus.PAID)).as("timeline").isEqualTo(1);
        assertThat(merchantEvents(payment.id(), "payment.paid")).as("outbox").isEqualTo(1);
        if (gateway.equals("cashi")) {
            assertThat(kasir.bean(InboxTestBeans.Capture.class).cashiStatusQueries(payment.reference()) - queriesBefore)
                    .as("Cashi status queries for the payment").isEqualTo(1);
        }
    }

    @Test
    void killedBetweenStoringAndApplyingTheGatewaysRetryAppliesItOnceTheClaimLapsed() throws Exception {
        Payment payment = createAndPayHoldingTheNotification("payin");
        Captured notification = held("payin", payment);
        killAfterStoring(notification, payment);

        HttpResponse<String> tooEarly = send(notification);
        assertThat(tooEarly.statusCode()).isEqualTo(200);
        assertThat(outcomes("payin", payment)).as("within the claim the first may still be running")
                .isEqualTo(Map.of("RECEIVED", 1, "DUPLICATE", 1));
        assertThat(kasir.bean(FindPayments.class).byId(payment.id()).status()).isEqualTo(PaymentStatus.OPEN);

        kasir.bean(MovedClock.class).advance(LEASE.plusSeconds(1));
        List<HttpResponse<String>> retries = atOnce(10, () -> send(notification));

        assertThat(retries).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(outcomes("payin", payment)).isEqualTo(Map.of("APPLIED", 1, "DUPLICATE", 11));
        assertThat(firstArrivalDetail("payin", payment)).contains("acted on by notification").contains("claim 2");
        assertThat(statusChangesTo(payment.id(), PaymentStatus.PAID)).isEqualTo(1);
        assertThat(merchantEvents(payment.id(), "payment.paid")).isEqualTo(1);
    }

    @Test
    void killedBetweenStoringAndApplyingItIsAppliedAfterRestartByTheInboxJanitor() throws Exception {
        Payment payment = createAndPayHoldingTheNotification("payin");
        killAfterStoring(held("payin", payment), payment);
        Instant claimLapses = kasir.bean(MovedClock.class).instant().plus(LEASE);

        restartAfterKillingTheFrozenNode();
        ResumeAbandonedNotifications janitor = kasir.bean(ResumeAbandonedNotifications.class);
        MovedClock clock = kasir.bean(MovedClock.class);
        clock.advance(Duration.between(clock.instant(), claimLapses).minusSeconds(60));
        janitor.run(100);
        assertThat(outcomes("payin", payment)).as("not while its claim holds").isEqualTo(Map.of("RECEIVED", 1));
        clock.advance(Duration.ofSeconds(61));
        janitor.run(100);

        assertThat(outcomes("payin", payment)).isEqualTo(Map.of("APPLIED", 1));
        assertThat(firstArrivalDetail("payin", payment)).contains("inbox janitor").contains("claim 2");
        assertThat(kasir.bean(FindPayments.class).byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(statusChangesTo(payment.id(), PaymentStatus.PAID)).isEqualTo(1);
        assertThat(merchantEvents(payment.id(), "payment.paid")).isEqualTo(1);
    }

    @Test
    void aWebhookRacingARefreshOfTheSamePaymentMakesOneChangeOneTimelineEventOneMerchantEvent() throws Exception {
        Payment payment = createAndPayHoldingTheNotification("payin");
        Captured notification = held("payin", payment);
        RefreshPayment refresh = kasir.bean(RefreshPayment.class);
        CountDownLatch gate = new CountDownLatch(1);
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            racers.add(() -> {
                gate.await();
                return send(notification).statusCode();
            });
            racers.add(() -> {
                gate.await();
                return refresh.refresh(payment.id(), Actor.merchant("inbox-test")).outcome().orElseThrow();
            });
        }
        List<Object> results = run(racers, gate);

        assertThat(results).filteredOn(Integer.class::isInstance).containsOnly(200);
        assertThat(kasir.bean(FindPayments.class).byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(statusChangesTo(payment.id(), PaymentStatus.PAID)).isEqualTo(1);
        assertThat(merchantEvents(payment.id(), "payment.paid")).isEqualTo(1);
        Map<String, Integer> outcomes = outcomes("payin", payment);
        assertThat(outcomes.get("DUPLICATE")).isEqualTo(4);
        assertThat(outcomes.getOrDefault("APPLIED", 0) + outcomes.getOrDefault("UNCHANGED", 0)).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------------

    private Payment createAndPayHoldingTheNotification(String gateway) {
        String orderId = "INBOX-" + gateway + "-" + UUID.randomUUID();
        HttpResponse<String> created = kasir.send(HttpRequest.newBuilder(URI.create(kasir.url("/api/v1/payments")))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"orderId":"%s","amount":25000,"provider":"%s","method":"QRIS","expiresInMinutes":60}"""
                        .formatted(orderId, gateway))).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Payment payment = kasir.bean(FindPayments.class)
                .byId(new PaymentId(JSON.readTree(created.body()).get("id").asString()));
        HttpResponse<String> paid = kasir.post("/sandbox/" + gateway + "/_sandbox/orders/" + payment.reference()
                + "/pay", "{}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        return payment;
    }

    /** Kills the frozen thread (no clean-up runs), stops Kasir, and starts it again on the same database and port. */
    private static void restartAfterKillingTheFrozenNode() {
        kasir.bean(InboxTestBeans.Freeze.class).kill();
        int port = kasir.port();
        kasir.close();
        kasir = EmbeddedKasir.startWith(List.of(InboxTestBeans.class), port, database, settings);
    }

    private static Captured held(String gateway, Payment payment) {
        InboxTestBeans.Capture capture = kasir.bean(InboxTestBeans.Capture.class);
        String reference = payment.gatewayReference().orElse(payment.reference());
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> capture.heldFor(NOTIFY_PATH.get(gateway), reference)
                        .or(() -> capture.heldFor(NOTIFY_PATH.get(gateway), payment.reference())),
                java.util.Optional::isPresent).orElseThrow();
    }

    /** Sends the notification once; the node stores it and freezes before applying it, for good. */
    private void killAfterStoring(Captured notification, Payment payment) throws InterruptedException {
        InboxTestBeans.Freeze freeze = kasir.bean(InboxTestBeans.Freeze.class);
        freeze.arm();
        http.sendAsync(request(notification), HttpResponse.BodyHandlers.discarding());
        freeze.awaitFrozen();
        assertThat(outcomes("payin", payment)).isEqualTo(Map.of("RECEIVED", 1));
    }

    private HttpResponse<String> send(Captured notification) {
        return EmbeddedKasir.send(http, request(notification));
    }

    private static HttpRequest request(Captured notification) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kasir.url(notification.path())))
                .header(InboxTestBeans.Capture.COPY, "yes")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notification.body()));
        notification.headers().stream().filter(h -> !RESTRICTED.contains(h.getKey().toLowerCase()))
                .forEach(h -> request.header(h.getKey(), h.getValue()));
        return request.build();
    }

    private static <T> List<T> atOnce(int copies, Callable<T> work) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            tasks.add(() -> {
                gate.await();
                return work.call();
            });
        }
        return run(tasks, gate);
    }

    private static <T> List<T> run(List<Callable<T>> tasks, CountDownLatch gate) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** Inbox rows of this gateway naming the payment, by outcome (duplicates carry no payment id, only its reference). */
    private static Map<String, Integer> outcomes(String gateway, Payment payment) {
        Map<String, Integer> counted = new HashMap<>();
        jdbc().query("SELECT outcome, COUNT(*) AS n FROM gateway_notifications WHERE gateway = ? AND reference IN (?, ?)"
                        + " GROUP BY outcome",
                rs -> {
                    counted.put(rs.getString("outcome"), rs.getInt("n"));
                }, gateway, payment.reference(), payment.gatewayReference().orElse(payment.reference()));
        return counted;
    }

    private static String firstArrivalDetail(String gateway, Payment payment) {
        return jdbc().queryForObject("SELECT detail FROM gateway_notifications WHERE gateway = ? AND reference IN (?, ?)"
                        + " AND first_key IS NOT NULL", String.class,
                gateway, payment.reference(), payment.gatewayReference().orElse(payment.reference()));
    }

    private static long statusChangesTo(PaymentId id, PaymentStatus to) {
        return kasir.bean(Payments.class).timeline(id).stream()
                .filter(e -> e.type() == PaymentEventType.STATUS_CHANGED && e.to() == to).count();
    }

    private static long merchantEvents(PaymentId id, String type) {
        return kasir.bean(MerchantNotificationOutbox.class).bySubject(id.value()).stream()
                .filter(n -> n.type().equals(type)).count();
    }

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(kasir.bean(DataSource.class));
    }
}
