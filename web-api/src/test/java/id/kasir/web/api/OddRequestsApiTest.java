package id.kasir.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.testsupport.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Requests under {@code /api} that Tomcat, Spring Security's firewall or Spring MVC refuse before any
 * API code runs — paths that are not normalised, encoded slashes and NULs, stray {@code %}, semicolons,
 * backslashes, raw bytes, over-long lines and headers, odd methods — each sent byte for byte over a
 * socket. Every answer is a 4xx problem+json (never HTML, never Spring's or Tomcat's own JSON, never a 5xx).
 */
class OddRequestsApiTest extends MerchantApiTestBase {

    private record Odd(String description, String method, String target, List<String> headers) {
    }

    private static Odd get(String target) {
        return new Odd(target, "GET", target, List.of());
    }

    private static Odd with(String description, String method, String target, String... headers) {
        return new Odd(description, method, target, List.of(headers));
    }

    private static List<Odd> oddRequests() {
        List<Odd> odd = new ArrayList<>();
        for (String target : List.of(
                "/api/../admin", "/api/v1/../../admin", "/api/v1/payments/..", "/api/v1/payments/../payments",
                "/api/./v1/payments", "/api/v1/payments/./x", "/api//v1/payments", "//api/v1/payments",
                "/api/v1//payments", "/api/v1/payments//x", "/api/v1/payments;jsessionid=1", "/api;x/v1/payments",
                "/api/v1/payments/x;y", "/api/v1/payments/%3Bx", "/api/v1/payments/%2f", "/api/v1/payments/a%2Fb",
                "/api%2fv1/payments", "/api/v1/payments/%00", "/api/v1/payments/a%00b", "/api/v1/payments/%zz",
                "/api/v1/payments/%", "/api/v1/payments/%e", "/api/v1/payments/%u0041", "/api/v1/payments/%25",
                "/api/v1/payments/%252e", "/api/v1/payments/%2e%2e", "/api/%2e%2e/admin", "/api/v1/payments/%2e",
                "/api/v1/payments/%5c", "/api/v1/payments/\\x", "/api\\v1\\payments", "/api/v1/payments/%c0%af",
                "/api/v1/payments/%ff", "/api/v1/payments/%e2%80%ae", "/api/v1/payments/%ef%bb%bf",
                "/api/v1/payments/%ed%a0%80", "/api/v1/payments/x/qr.png?size=abc",
                "/api/v1/payments/x/qr.png?size=99999999999999", "/api/v1/payments/x/qr.png?size=-5",
                "/api/v1/payments?limit=abc", "/api/v1/payments?orderId=a&orderId=b", "/api/v1/payments?orderId=%",
                "/api/v1/payments?orderId=%zz", "/api/v1/payments?%=1", "/api/v1/payments?orderId=%C0%AF",
                "/api/v1/payments?orderId=%ED%A0%80", "/api/v1/payments?orderId", "/api", "/api/", "/api/v1",
                "/api/v1/payments/", "/api/v2/payments", "/api/v1/PAYMENTS", "/api/v1/payments/" + "x".repeat(9000),
                "/api/v1/payments?" + "a=1&".repeat(3000), "/api/v1/payments/" + "%41".repeat(2500),
                "/api/v1/payments/\u00e9", "/api/v1/payments?x=\u00ff")) {
            odd.add(get(target));
        }
        odd.add(with("an over-long header", "GET", "/api/v1/payments/x", "X-Big: " + "a".repeat(10_000)));
        odd.add(with("300 headers", "GET", "/api/v1/payments/x", header300()));
        odd.add(with("a control character in a header", "GET", "/api/v1/payments/x", "X-Ctl: a\u0001b"));
        odd.add(with("a header without a colon", "GET", "/api/v1/payments/x", "X-Bad Header 1"));
        odd.add(with("an over-long API key", "GET", "/api/v1/payments/x", "Authorization: Bearer " + "k".repeat(5000)));
        odd.add(with("an API key with a Latin-1 byte", "GET", "/api/v1/payments/x", "Authorization: Bearer key\u00e9"));
        odd.add(with("TRACE", "TRACE", "/api/v1/payments/x"));
        odd.add(with("a made-up method", "FOO", "/api/v1/payments/x"));
        odd.add(with("DELETE", "DELETE", "/api/v1/payments/x"));
        odd.add(with("PUT without a body", "PUT", "/api/v1/payments"));
        odd.add(with("PATCH", "PATCH", "/api/v1/payments/x"));
        odd.add(with("an absolute-form target at another host", "GET", "http://evil.example/api/v1/payments/x"));
        return odd;
    }

    private static String[] header300() {
        String[] headers = new String[300];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = "X-H" + i + ": " + i;
        }
        return headers;
    }

    @Test
    void everyOddRequestUnderTheApiIsA4xxProblem() {
        List<String> wrong = new ArrayList<>();
        List<Odd> odd = oddRequests();
        for (Odd request : odd) {
            StringBuilder head = new StringBuilder(request.method() + " " + request.target() + " HTTP/1.1\r\n"
                    + "Host: localhost:" + port);
            if (request.headers().stream().noneMatch(h -> h.startsWith("Authorization:"))) {
                head.append("\r\nAuthorization: Bearer ").append(BOOTSTRAP_KEY);
            }
            request.headers().forEach(h -> head.append("\r\n").append(h));
            RawHttp.Response response = RawHttp.send(port, head.toString(), new byte[0]);
            String problem = problemOf(response);
            if (problem != null) {
                wrong.add(request.description().substring(0, Math.min(80, request.description().length())) + " -> "
                        + problem);
            }
        }
        assertThat(odd).hasSizeGreaterThanOrEqualTo(67);
        assertThat(wrong).as("answers that are not a 4xx problem+json").isEmpty();
    }

    @Test
    void anApiPathWithAHostHeaderOfAnotherSiteIsAnsweredNormally() {
        RawHttp.Response response = RawHttp.get(port, "/api/v1/payments/x", "Host: evil.example",
                "Authorization: Bearer " + BOOTSTRAP_KEY);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("evil.example");
    }

    @Test
    void anIdempotencyKeyTheFirewallRefusesIs400NotA500() {
        // U+202E sent as its UTF-8 bytes (read by the server as Latin-1 "k\u00e2\u0080\u00aey"), and a lone 0x85
        for (String key : List.of("k\u00e2\u0080\u00aey", "\u0085")) {
            for (String[] call : List.of(
                    new String[] {"/api/v1/payments", "{\"orderId\":\"IDEM-FW\",\"amount\":15000,\"provider\":\"cashin\",\"method\":\"QRIS\"}"},
                    new String[] {"/api/v1/payouts", "{\"reference\":\"FW-1\",\"channel\":\"OVO\",\"customerNumber\":\"6281234567890\",\"amount\":50000,\"expectedName\":\"John Doe\"}"})) {
                byte[] body = call[1].getBytes(StandardCharsets.UTF_8);
                RawHttp.Response response = RawHttp.send(port, "POST " + call[0] + " HTTP/1.1\r\nHost: localhost:" + port
                        + "\r\nAuthorization: Bearer " + BOOTSTRAP_KEY + "\r\nContent-Type: application/json"
                        + "\r\nContent-Length: " + body.length + "\r\nIdempotency-Key: " + key, body);
                assertThat(problemOf(response)).as(call[0] + " with key " + key).isNull();
                assertThat(response.status()).isEqualTo(400);
            }
        }
    }

    /** Null when the answer is a 4xx problem+json; else what is wrong with it. */
    private static String problemOf(RawHttp.Response response) {
        int status = response.status();
        if (status < 400 || status >= 500) {
            return "status " + status;
        }
        String type = response.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return status + " with Content-Type " + type + ": " + response.body().substring(0,
                    Math.min(80, response.body().length()));
        }
        JsonNode problem = ApiClient.JSON.readTree(response.body().getBytes(StandardCharsets.UTF_8));
        if (!problem.get("type").asString().startsWith("urn:kasir:problem:") || problem.get("status").asInt() != status) {
            return status + " with problem " + response.body();
        }
        return null;
    }
}
