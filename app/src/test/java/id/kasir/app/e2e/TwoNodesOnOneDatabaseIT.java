package id.kasir.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.NotificationSearch;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.testsupport.MySqlTestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Kasir nodes behind an imagined load balancer, sharing one MariaDB database (this JVM's own, from
 * {@link MySqlTestDatabase}) and nothing else: two Spring contexts in this JVM, each with its own web
 * server, beans, in-process sandbox and connection pool — no Kasir state is static, so they share only
 * what two processes would, the database. They run profile {@code mysql} (secure session cookies, no
 * sandbox credentials unless allowed) with the in-process sandbox switched on and allowed, since Cash In's
 * notifications are signed here with the sandbox's key.
 */
class TwoNodesOnOneDatabaseIT {

    /** The account menu: the username, and the roles in its title. */
    private static final String SIGNED_IN_AS_ADMIN = "id=\"me\"[^>]*title=\"ADMIN\"[^>]*>admin<";
    private static final String PASSWORD = "quiet lantern orbit 2026";
    private static final DateTimeFormatter SNAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneId.of("Asia/Jakarta"));

    private static MySqlTestDatabase database;
    private static EmbeddedKasir nodeA;
    private static EmbeddedKasir nodeB;

    @BeforeAll
    static void startTwoNodes() {
        database = MySqlTestDatabase.get().emptied();
        nodeA = node(EmbeddedKasir.freePort());
        nodeB = node(EmbeddedKasir.freePort());
    }

    @AfterAll
    static void stop() {
        for (EmbeddedKasir node : new EmbeddedKasir[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static EmbeddedKasir node(int port) {
        return EmbeddedKasir.start(port, database.url(), "spring.profiles.active=mysql",
                "spring.datasource.username=" + database.username(), "spring.datasource.password=" + database.password(),
                "kasir.sandbox.enabled=true", "kasir.providers.allow-sandbox-credentials=true",
                "kasir.admin.bootstrap-password=" + PASSWORD);
    }

    @Test
    void aSessionStartedOnOneNodeContinuesOnTheOtherAndSurvivesARestart() {
        String session = logIn(nodeA);

        HttpResponse<String> onB = dashboard(nodeB, session);
        assertThat(onB.statusCode()).as("node B").isEqualTo(200);
        assertThat(onB.body()).containsPattern(SIGNED_IN_AS_ADMIN);

        int port = nodeA.port();
        nodeA.close();
        nodeA = node(port);
        HttpResponse<String> onRestartedA = dashboard(nodeA, session);
        assertThat(onRestartedA.statusCode()).as("node A after a restart").isEqualTo(200);
        assertThat(onRestartedA.body()).containsPattern(SIGNED_IN_AS_ADMIN);
        assertThat(dashboard(nodeB, "SESSION=" + UUID.randomUUID()).statusCode()).isEqualTo(302);
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteLax() {
        HttpResponse<String> login = nodeB.get("/login");

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie: " + login.headers().map()));
        assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
    }

    /** A notification captured on its way to one node and re-sent to the other under a new X-EXTERNAL-ID. */
    @Test
    void aReplayedNotificationWithANewIdIsRefusedOnTheOtherNode() {
        Payment payment = nodeA.bean(CreatePayment.class).create(new NewPayment("TWO-NODES-" + UUID.randomUUID(),
                GatewayId.of("cashin"), PaymentMethod.QRIS, Money.idr(25000), Instant.now().plus(Duration.ofMinutes(10)),
                new Customer("C-1", "6281234567890", "Siti", null), "replay test", null, null), Actor.merchant("it")).payment();
        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        String body = "{\"originalPartnerReferenceNo\":\"" + payment.reference() + "\",\"originalReferenceNo\":\"CI"
                + payment.reference() + "\",\"originalExternalId\":\"1\",\"latestTransactionStatus\":\"00\","
                + "\"transactionStatusDesc\":\"Success\",\"amount\":{\"value\":\"25000.00\",\"currency\":\"IDR\"}}";
        String timestamp = SNAP_TIME.format(Instant.now());
        String signature = signAsCashIn("POST:/v1.0/debit/notify:" + sha256(body) + ":" + timestamp);

        HttpResponse<String> delivered = notify(nodeA, body, timestamp, signature, "11112222333344445555");
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
        assertThat(nodeA.bean(FindPayments.class).byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);

        HttpResponse<String> replayed = notify(nodeB, body, timestamp, signature, "99998888777766665555");

        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("4015600").contains("Replayed");
        List<StoredNotification> stored = nodeB.bean(GatewayNotifications.class)
                .search(new NotificationSearch(GatewayId.of("cashin"), null, null, null, 50));
        assertThat(stored).filteredOn(n -> n.notification().headers().contains("99998888777766665555")).singleElement()
                .satisfies(n -> {
                    assertThat(n.outcome()).isEqualTo(NotificationOutcome.REJECTED);
                    assertThat(n.notification().headers()).contains("already acted on under X-EXTERNAL-ID 11112222333344445555");
                });
        assertThat(stored).filteredOn(n -> n.outcome() == NotificationOutcome.APPLIED).hasSize(1);
    }

    private static String logIn(EmbeddedKasir node) {
        HttpResponse<String> page = node.get("/login");
        String session = sessionCookie(page);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> loggedIn = node.send(HttpRequest.newBuilder(URI.create(node.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).endsWith("/admin");
        return sessionCookie(loggedIn);
    }

    /** Found by attacking issue 16: two clicks at once both stored the session's flash attribute, and one got a 500. */
    @Test
    void clicksAtTheSameMomentInOneSessionAreNeverAServerError() throws Exception {
        String session = logIn(nodeA);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(dashboard(nodeA, session).body());
        assertThat(csrf.find()).as("CSRF field on the dashboard").isTrue();
        String form = "roles=VIEWER&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService clickers = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> clicks = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                EmbeddedKasir node = i % 2 == 0 ? nodeA : nodeB;
                clicks.add(clickers.submit(() -> {
                    go.await();
                    return node.send(HttpRequest.newBuilder(URI.create(node.url("/admin/users/999999/roles")))
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build()).statusCode();
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Integer> click : clicks) {
                assertThat(click.get()).as("each click is answered like the first").isEqualTo(302);
            }
        } finally {
            clickers.shutdownNow();
        }
    }

    private static HttpResponse<String> dashboard(EmbeddedKasir node, String session) {
        return node.send(HttpRequest.newBuilder(URI.create(node.url("/admin"))).header("Cookie", session).GET().build());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
    }

    private static HttpResponse<String> notify(EmbeddedKasir node, String body, String timestamp, String signature,
                                               String externalId) {
        return node.send(HttpRequest.newBuilder(URI.create(node.url("/v1.0/debit/notify")))
                .header("Content-Type", "application/json").header("X-PARTNER-ID", "CID-SANDBOX-KASIR")
                .header("X-EXTERNAL-ID", externalId).header("X-TIMESTAMP", timestamp).header("X-SIGNATURE", signature)
                .header("CHANNEL-ID", "95221").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signed as the sandbox's Cash In signs: its private key ships with the sandbox (that is the point of issue 15). */
    private static String signAsCashIn(String stringToSign) {
        try (InputStream in = TwoNodesOnOneDatabaseIT.class.getResourceAsStream("/sandbox-keys/cashin-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
