package id.kasir.sandbox.payin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.sandbox.SandboxApplication;
import id.kasir.sandbox.faults.SandboxFaults;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boots the standalone sandbox on a random port and talks to the simulated PayIn over real HTTP, as a
 * merchant would. The callback ladder runs 60 000 times faster than real time (a minute is a millisecond).
 */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kasir.sandbox.enabled=true", "kasir.sandbox.payin.retry-time-compression=60000"})
abstract class PayInSandboxHttpTestBase {

    static final String MERCHANT_ID = "1002001";
    static final String API_KEY = "sandbox-payin-key";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    SandboxFaults faults;

    @AfterEach
    void clearFaults() {
        faults.clear();
    }

    String base() {
        return "http://localhost:" + port + "/sandbox/payin";
    }

    /** The order fields of the document's example, with a fresh mchOrderNo; tests change what they need. */
    static Map<String, Object> orderFields(String notifyUrl) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("realName", "Reza Wijaya");
        fields.put("amount", "25000.00");
        fields.put("reusableStatus", false);
        fields.put("payType", 41);
        fields.put("expireTime", 3600);
        fields.put("mchOrderNo", "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
        fields.put("notifyUrl", notifyUrl);
        fields.put("currency", "IDR");
        fields.put("remark", "Kasir sandbox test");
        fields.put("nonceStr", UUID.randomUUID().toString().replace("-", ""));
        return fields;
    }

    /** MD5(body + key) as uppercase hex, computed here independently of the sandbox's PayInSign. */
    static String md5Sign(byte[] body, String key) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(body);
            md5.update(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(md5.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postRaw(String path, String body, String merchantId, String sign) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (merchantId != null) {
            request.header("MerchantId", merchantId);
        }
        if (sign != null) {
            request.header("Sign", sign);
        }
        return send(request.build());
    }

    HttpResponse<String> postSigned(String path, Map<String, Object> fields) {
        String body = JSON.writeValueAsString(fields);
        return postRaw(path, body, MERCHANT_ID, md5Sign(body.getBytes(StandardCharsets.UTF_8), API_KEY));
    }

    /** Creates an order and returns its {@code data}; fails unless PayIn answered code 200. */
    JsonNode createOrder(Map<String, Object> fields) {
        JsonNode envelope = json(postSigned("/api/payIn", fields));
        assertThat(envelope.path("code").asInt()).as(envelope.toString()).isEqualTo(200);
        return envelope.path("data");
    }

    JsonNode queryByOrderNo(String orderNo) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("orderNo", orderNo);
        fields.put("nonceStr", "q" + System.nanoTime());
        return json(postSigned("/api/payInQuery", fields));
    }

    HttpResponse<String> get(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl;
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    HttpResponse<String> sandboxAction(String ref, String action) {
        return send(HttpRequest.newBuilder(URI.create(base() + "/_sandbox/orders/" + ref + "/" + action))
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    JsonNode sandboxOrder(String ref) {
        return json(get("/_sandbox/orders/" + ref));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Waits until the condition holds, checking every 10 ms for at most 10 s. */
    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}
