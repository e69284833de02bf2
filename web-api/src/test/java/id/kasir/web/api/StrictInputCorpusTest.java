package id.kasir.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.testsupport.RawHttp;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every input of issue 12's list (and what an attacker or a careless integrator tries next) against the
 * running API: each answer is its 4xx problem+json, naming the field where there is one, and nothing
 * is stored, no gateway is called, no Idempotency-Key is kept, no event is written.
 */
class StrictInputCorpusTest extends MerchantApiTestBase {

    /**
     * One input and what the API must answer.
     *
     * @param field the field named in {@code errors} (or in the detail), or null when the body as a whole is refused
     */
    record Case(String name, String contentType, byte[] body, int status, String type, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String ORDER = "CORPUS-1";

    /** A valid body with one field's JSON text replaced, e.g. {@code "amount":15000} → {@code "amount":"15000"}. */
    private static String body(String from, String to) {
        String valid = """
                {"orderId":"CORPUS-1","amount":15000,"currency":"IDR","provider":"cashin","method":"QRIS",\
                "expiresInMinutes":30,"customer":{"id":"c-1","phone":"6281234567890","name":"Budi"},\
                "description":"Kopi"}""";
        if (!valid.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return valid.replace(from, to);
    }

    private static Case json(String name, String from, String to, int status, String type, String field) {
        return new Case(name, "application/json", body(from, to).getBytes(StandardCharsets.UTF_8), status, type, field);
    }

    private static Case raw(String name, String contentType, byte[] body, int status, String type) {
        return new Case(name, contentType, body, status, type, null);
    }

    static Stream<Case> corpus() {
        String valid = body("\"amount\":15000", "\"amount\":15000");
        return Stream.of(
                // JSON types are not coerced
                json("amount as a string", "\"amount\":15000", "\"amount\":\"15000\"", 400, "malformed-request", "amount"),
                json("amount as a string with a space", "\"amount\":15000", "\"amount\":\" 15000\"", 400,
                        "malformed-request", "amount"),
                json("orderId as a number", "\"orderId\":\"CORPUS-1\"", "\"orderId\":123456", 400, "malformed-request",
                        "orderId"),
                json("orderId as true", "\"orderId\":\"CORPUS-1\"", "\"orderId\":true", 400, "malformed-request", "orderId"),
                json("expiresInMinutes 30.5", "\"expiresInMinutes\":30", "\"expiresInMinutes\":30.5", 400,
                        "malformed-request", "expiresInMinutes"),
                json("expiresInMinutes as a string", "\"expiresInMinutes\":30", "\"expiresInMinutes\":\"30\"", 400,
                        "malformed-request", "expiresInMinutes"),
                json("expiresInMinutes 30.0", "\"expiresInMinutes\":30", "\"expiresInMinutes\":30.0", 400,
                        "malformed-request", "expiresInMinutes"),
                json("expiresInMinutes beyond an int", "\"expiresInMinutes\":30", "\"expiresInMinutes\":99999999999", 400,
                        "malformed-request", "expiresInMinutes"),
                json("customer.phone as a number", "\"phone\":\"6281234567890\"", "\"phone\":628123", 400,
                        "malformed-request", "customer.phone"),
                json("customer as a string", "\"customer\":{\"id\":\"c-1\",\"phone\":\"6281234567890\",\"name\":\"Budi\"}",
                        "\"customer\":\"Budi\"", 400, "malformed-request", "customer"),
                json("amount with an exponent", "\"amount\":15000", "\"amount\":1.5e4", 400, "malformed-request", "amount"),
                json("amount with a capital exponent", "\"amount\":15000", "\"amount\":15000E0", 400, "malformed-request",
                        "amount"),
                json("amount 1e999999999", "\"amount\":15000", "\"amount\":1e999999999", 400, "malformed-request", "amount"),
                json("amount true", "\"amount\":15000", "\"amount\":true", 400, "malformed-request", "amount"),
                json("amount as an array", "\"amount\":15000", "\"amount\":[15000]", 400, "malformed-request", "amount"),
                json("amount of 40 digits", "\"amount\":15000", "\"amount\":" + "9".repeat(40), 400, "malformed-request",
                        null),
                json("amount NaN", "\"amount\":15000", "\"amount\":NaN", 400, "malformed-request", null),
                json("an unknown field", "\"description\":\"Kopi\"", "\"description\":\"Kopi\",\"expiresInMinute\":5", 400,
                        "malformed-request", "expiresInMinute"),
                json("a field twice", "\"amount\":15000", "\"amount\":1,\"amount\":15000", 400, "malformed-request", null),
                json("a field in another case", "\"orderId\":", "\"OrderId\":", 400, "malformed-request", "OrderId"),
                raw("content after the object", "application/json", (valid + " {}").getBytes(StandardCharsets.UTF_8), 400,
                        "malformed-request"),
                raw("an array instead of an object", "application/json", ("[" + valid + "]").getBytes(StandardCharsets.UTF_8),
                        400, "malformed-request"),
                raw("nesting 20 deep", "application/json", ("{\"customer\":" + "{\"a\":".repeat(20) + "1" + "}".repeat(21))
                        .getBytes(StandardCharsets.UTF_8), 400, "malformed-request"),
                raw("a raw control character in a string", "application/json", body("\"description\":\"Kopi\"",
                        "\"description\":\"Ko\u0001pi\"").getBytes(StandardCharsets.UTF_8), 400, "malformed-request"),
                // values read but refused
                json("a fraction of a rupiah", "\"amount\":15000", "\"amount\":15000.5", 422, "validation-failed", "amount"),
                json("a negative amount", "\"amount\":15000", "\"amount\":-15000", 422, "validation-failed", "amount"),
                json("a zero amount written 0.00", "\"amount\":15000", "\"amount\":0.00", 422, "validation-failed", "amount"),
                json("Rp 100 trillion by QRIS", "\"amount\":15000", "\"amount\":100000000000000", 422,
                        "amount-above-maximum", null),
                json("Rp 10 billion by QRIS, one more than QRIS carries", "\"amount\":15000", "\"amount\":10000000000", 422,
                        "amount-above-maximum", null),
                json("another currency", "\"currency\":\"IDR\"", "\"currency\":\"USD\"", 422, "validation-failed",
                        "currency"),
                json("orderId with NUL", "CORPUS-1", "CORPUS-1\\u0000", 422, "validation-failed", "orderId"),
                json("orderId with CR LF", "CORPUS-1", "CORPUS-1\\r\\nX", 422, "validation-failed", "orderId"),
                json("orderId with a right-to-left override", "CORPUS-1", "CORPUS-\\u202E1", 422, "validation-failed",
                        "orderId"),
                json("orderId with a zero-width space", "CORPUS-1", "CORPUS-1\\u200B", 422, "validation-failed", "orderId"),
                json("orderId with a lone surrogate", "CORPUS-1", "CORPUS-1\\uD800", 422, "validation-failed", "orderId"),
                json("orderId with a line separator", "CORPUS-1", "CORPUS-1\\u2028", 422, "validation-failed", "orderId"),
                json("customer.id with a byte-order mark", "\"id\":\"c-1\"", "\"id\":\"c-1\\uFEFF\"", 422,
                        "validation-failed", "customer.id"),
                json("description with a right-to-left override", "\"description\":\"Kopi\"",
                        "\"description\":\"Kopi \\u202Esusu\"", 422, "validation-failed", "description"),
                json("customer.name with a newline", "\"name\":\"Budi\"", "\"name\":\"Bu\\ndi\"", 422, "validation-failed",
                        "customer.name"),
                // media type, charset, encoding
                raw("a YAML body", "application/yaml", "orderId: CORPUS-1\namount: 0x3A98\nprovider: cashin\nmethod: QRIS\n"
                        .getBytes(StandardCharsets.UTF_8), 415, "unsupported-media-type"),
                raw("text/plain", "text/plain", valid.getBytes(StandardCharsets.UTF_8), 415, "unsupported-media-type"),
                raw("JSON declared ISO-8859-1", "application/json; charset=ISO-8859-1",
                        body("CORPUS-1", "CORPUS-1é").getBytes(StandardCharsets.ISO_8859_1), 415, "unsupported-media-type"),
                raw("JSON declared UTF-16", "application/json;charset=UTF-16", valid.getBytes(StandardCharsets.UTF_16),
                        415, "unsupported-media-type"),
                raw("a UTF-16 body with a byte-order mark", "application/json", valid.getBytes(StandardCharsets.UTF_16), 400,
                        "malformed-request"),
                raw("a UTF-16LE body without a byte-order mark", "application/json",
                        valid.getBytes(StandardCharsets.UTF_16LE), 400, "malformed-request"),
                raw("a UTF-32 body", "application/json", valid.getBytes(Charset.forName("UTF-32")), 400,
                        "malformed-request"),
                raw("invalid UTF-8", "application/json", concat(body("CORPUS-1", "CORPUS-1X").getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xff, (byte) 0xfe}), 400, "malformed-request"),
                raw("an overlong UTF-8 slash", "application/json", replace(valid.getBytes(StandardCharsets.UTF_8), "Kopi",
                        new byte[] {'K', (byte) 0xc0, (byte) 0xaf}), 400, "malformed-request"),
                raw("a JSON body without a content type", null, valid.getBytes(StandardCharsets.UTF_8), 415,
                        "unsupported-media-type"),
                raw("application/problem+json", "application/problem+json", valid.getBytes(StandardCharsets.UTF_8), 415,
                        "unsupported-media-type"),
                raw("an empty body", "application/json", new byte[0], 400, "malformed-request"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyRefusedInputGetsItsProblemAndStoresNothing(Case c) {
        int payments = kasir.payments.size();
        int keys = kasir.idempotencyKeys.size();
        int events = kasir.outbox.all().size();
        int gatewayCalls = cashin.created.size();

        HttpResponse<String> response = api.postBytes("/api/v1/payments", c.contentType(), c.body(),
                "Idempotency-Key", "corpus-key");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(c.status());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kasir:problem:" + c.type());
        assertThat(problem.get("status").asInt()).isEqualTo(c.status());
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("tools.jackson", "id.kasir", "Exception");
        if (c.field() != null) {
            assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                    .contains(c.field());
        }
        assertThat(kasir.payments.size()).as("no payment stored").isEqualTo(payments);
        assertThat(kasir.payments.byOrderId(ORDER)).isEmpty();
        assertThat(kasir.idempotencyKeys.size()).as("no Idempotency-Key kept").isEqualTo(keys);
        assertThat(kasir.outbox.all()).as("no event written").hasSize(events);
        assertThat(cashin.created).as("the gateway was not called").hasSize(gatewayCalls);
    }

    @Test
    void namingTheForbiddenCharacterAndWhereItIs() {
        JsonNode problem = ApiClient.json(api.postBytes("/api/v1/payments", "application/json",
                body("CORPUS-1", "CORPUS-\\u202E1").getBytes(StandardCharsets.UTF_8)));

        assertThat(problem.get("errors").get(0).get("message").asString())
                .startsWith("must not contain U+202E RIGHT-TO-LEFT OVERRIDE (at character 8)");
    }

    @Test
    void wholeRupiahWrittenWithAFractionOfZerosIsTheSameAmount() {
        String orderId = newOrderId();
        HttpResponse<String> response = api.postBytes("/api/v1/payments", "application/json; charset=utf-8",
                body("\"amount\":15000", "\"amount\":15000.00").replace("CORPUS-1", orderId).getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(ApiClient.json(response).get("amount").asString()).isEqualTo("15000");
        assertThat(kasir.payments.byOrderId(orderId).orElseThrow().amount().toPlainString()).isEqualTo("15000.00");
    }

    @Test
    void anUtf8ByteOrderMarkAndCharactersBeyondAsciiAreFine() {
        String orderId = newOrderId() + "-ü🧾";
        byte[] json = body("CORPUS-1", orderId).replace("Kopi", "Kopi ☕ untuk 👩\u200D💻").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = api.postBytes("/api/v1/payments", "application/json",
                concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, json));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(kasir.payments.byOrderId(orderId).orElseThrow().description()).contains("Kopi ☕ untuk 👩\u200D💻");
    }

    @Test
    void aBodyAtTheLimitIsReadAndOneByteMoreIs413() {
        String compact = body("CORPUS-1", newOrderId());
        String atLimit = "{" + " ".repeat(64 * 1024 - compact.length()) + compact.substring(1);
        byte[] fitting = atLimit.getBytes(StandardCharsets.UTF_8);
        byte[] oneMore = (atLimit + " ").getBytes(StandardCharsets.UTF_8);
        assertThat(fitting).hasSize(64 * 1024);

        HttpResponse<String> tooLarge = api.postBytes("/api/v1/payments", "application/json", oneMore);
        HttpResponse<String> chunked = api.postChunked("/api/v1/payments", oneMore);
        HttpResponse<String> fits = api.postBytes("/api/v1/payments", "application/json", fitting);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(ApiClient.json(tooLarge).get("type").asString()).isEqualTo("urn:kasir:problem:payload-too-large");
        assertThat(ApiClient.json(tooLarge).get("detail").asString()).contains("65536 bytes");
        assertThat(chunked.statusCode()).as("a chunked body is cut at the limit too").isEqualTo(413);
        assertThat(fits.statusCode()).as(fits.body()).isEqualTo(201);
    }

    @Test
    void a20MegabyteBodyIsRefusedWithoutBeingRead() {
        int payments = kasir.payments.size();
        byte[] first = "{\"orderId\":\"".getBytes(StandardCharsets.UTF_8);

        RawHttp.Response response = RawHttp.send(port, "POST /api/v1/payments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + BOOTSTRAP_KEY + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20971520", first);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("urn:kasir:problem:payload-too-large");
        assertThat(kasir.payments.size()).isEqualTo(payments);
    }

    @Test
    void aCompressedBodyIs415() {
        HttpResponse<String> response = api.postBytes("/api/v1/payments", "application/json",
                body("CORPUS-1", "CORPUS-1").getBytes(StandardCharsets.UTF_8), "Content-Encoding", "gzip");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(ApiClient.json(response).get("detail").asString()).contains("Content-Encoding");
    }

    @Test
    void anIdempotencyKeyWithASoftHyphenIs422NamingTheHeader() {
        RawHttp.Response response = RawHttp.send(port, "POST /api/v1/payments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + BOOTSTRAP_KEY + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body("CORPUS-1", "CORPUS-9").length() + "\r\nIdempotency-Key: key\u00ad-1",
                body("CORPUS-1", "CORPUS-9").getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("urn:kasir:problem:validation-failed", "\"field\":\"Idempotency-Key\"");
        assertThat(kasir.payments.byOrderId("CORPUS-9")).isEmpty();
    }

    @Test
    void anIdempotencyKeyGivenTwiceIs400() {
        String json = body("CORPUS-1", "CORPUS-8");
        RawHttp.Response response = RawHttp.send(port, "POST /api/v1/payments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + BOOTSTRAP_KEY + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + json.length() + "\r\nIdempotency-Key: a\r\nIdempotency-Key: b",
                json.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("urn:kasir:problem:malformed-request", "\"field\":\"Idempotency-Key\"");
        assertThat(kasir.payments.byOrderId("CORPUS-8")).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] replace(byte[] text, String what, byte[] with) {
        String s = new String(text, StandardCharsets.ISO_8859_1);
        int at = s.indexOf(what);
        byte[] before = Arrays.copyOfRange(text, 0, at);
        byte[] after = Arrays.copyOfRange(text, at + what.length(), text.length);
        return concat(concat(before, with), after);
    }
}
