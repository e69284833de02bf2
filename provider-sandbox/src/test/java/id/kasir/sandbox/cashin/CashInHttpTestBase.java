package id.kasir.sandbox.cashin;

import id.kasir.sandbox.SandboxApplication;
import id.kasir.sandbox.faults.SandboxFaults;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Boots the sandbox on a random port with a fake merchant listening for notifications. */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kasir.sandbox.enabled=true", "kasir.sandbox.cashin.transfer-settle-delay=0s",
                "kasir.sandbox.cashin.notify-backoff=20ms"})
abstract class CashInHttpTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Shared by all test classes, as the Spring context holding its URL is cached across them. */
    static final FakeMerchant MERCHANT = new FakeMerchant();
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    @LocalServerPort
    int port;

    @Autowired
    SandboxFaults faults;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void merchant(DynamicPropertyRegistry registry) {
        registry.add("kasir.sandbox.merchant-base-url", MERCHANT::baseUrl);
    }

    @AfterEach
    void clearFaults() {
        faults.clear();
    }

    String base() {
        return "http://localhost:" + port + "/sandbox/cashin";
    }

    static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    static String externalId() {
        return System.currentTimeMillis() + String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    /** A checkout-page API call signed as the merchant signs it. */
    HttpResponse<String> checkout(String relativePath, String minifiedBody) throws Exception {
        String timestamp = CashInTestSigner.now();
        return checkout(relativePath, minifiedBody, timestamp,
                CashInTestSigner.checkoutSignature(relativePath, minifiedBody, timestamp), UUID.randomUUID().toString());
    }

    HttpResponse<String> checkout(String relativePath, String body, String timestamp, String signature,
                                  String requestId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/pg/fo" + relativePath))
                .header("Content-Type", "application/json")
                .header("X-CLIENT-ID", "CID-SANDBOX-KASIR")
                .header("X-REQUEST-ID", requestId)
                .header("X-TIMESTAMP", timestamp)
                .header("X-SIGNATURE", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A SNAP call ({@code relativePath} like /api/v1.0/qr/qr-mpm-generate) signed with the merchant's key. */
    HttpResponse<String> snap(String relativePath, String minifiedBody) throws Exception {
        return snap(relativePath, minifiedBody, externalId());
    }

    HttpResponse<String> snap(String relativePath, String minifiedBody, String externalId) throws Exception {
        String timestamp = CashInTestSigner.now();
        return snap(relativePath, minifiedBody, timestamp,
                CashInTestSigner.snapSignature(relativePath, minifiedBody, timestamp), externalId, Duration.ofSeconds(30));
    }

    HttpResponse<String> snap(String relativePath, String body, String timestamp, String signature, String externalId,
                              Duration timeout) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/pg/fo" + relativePath))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-TIMESTAMP", timestamp)
                .header("X-PARTNER-ID", "CID-SANDBOX-KASIR")
                .header("X-EXTERNAL-ID", externalId)
                .header("X-SIGNATURE", signature)
                .header("CHANNEL-ID", "95221")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> sandbox(String ref, String action) throws Exception {
        return post(base() + "/_sandbox/orders/" + ref + "/" + action);
    }

    JsonNode order(String ref) throws Exception {
        return JSON.readTree(get(base() + "/_sandbox/orders/" + ref).body());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String checkoutBody(String trxNo, long amount) {
        return "{\"amount\":" + amount + ",\"trxNo\":\"" + trxNo + "\",\"duration\":30,"
                + "\"successCallbackUrl\":\"https://merchant.example/success\","
                + "\"cancelCallbackUrl\":\"https://merchant.example/cancel\",\"paymentChannel\":\"QRIS\","
                + "\"customer\":{\"id\":\"CUSTOMER-1\",\"phoneNumber\":\"082232232231\"}}";
    }

    static String qrisBody(String partnerReferenceNo, String value) {
        String validity = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).plusMinutes(20)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
        return "{\"partnerReferenceNo\":\"" + partnerReferenceNo + "\",\"validityPeriod\":\"" + validity + "\","
                + "\"amount\":{\"value\":\"" + value + "\",\"currency\":\"IDR\"},"
                + "\"feeAmount\":{\"value\":\"0.00\",\"currency\":\"IDR\"}}";
    }

    /** Creates a QRIS order and answers Cash In's reference. */
    String generateQris(String partnerReferenceNo, String value) throws Exception {
        HttpResponse<String> response = snap("/api/v1.0/qr/qr-mpm-generate", qrisBody(partnerReferenceNo, value));
        if (response.statusCode() != 200) {
            throw new AssertionError("generate failed: " + response.body());
        }
        return json(response).path("referenceNo").asString();
    }

    /** Polls until true, at most 10 s. */
    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 10 s");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
