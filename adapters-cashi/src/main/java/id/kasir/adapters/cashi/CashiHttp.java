package id.kasir.adapters.cashi;

import id.kasir.domain.gateway.UnknownCause;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The wire: sends one request to Cashi with the API key and returns what came back (status and body as
 * text) or why nothing did. Never throws for a network problem, and never interprets the answer.
 */
final class CashiHttp {

    /** An answer far larger than Cashi's (a QR data URL is a few KB) is cut, not held in memory whole. */
    private static final int MAX_BODY_BYTES = 1_000_000;

    /** What came back: {@code status} 0 means no answer, with {@code failure} saying why. */
    /** {@code cause} says, typed, why there is no answer (time-out or connection failed); null when answered. */
    record WireAnswer(int status, String body, Duration took, String failure, UnknownCause cause) {
        boolean answered() {
            return status != 0;
        }
    }

    private final RestClient client;
    private final String apiKeyHeader;
    private final String apiKey;

    CashiHttp(CashiProperties properties) {
        HttpClient jdk = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1: no h2c upgrade on plain http (the sandbox), and Cashi's small answers gain nothing from h2.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        factory.setReadTimeout(properties.readTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
        this.apiKeyHeader = properties.apiKeyHeader();
        this.apiKey = properties.apiKey();
    }

    WireAnswer postJson(URI uri, byte[] body) {
        long start = System.nanoTime();
        try {
            return client.post().uri(uri)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .header(apiKeyHeader, apiKey)
                    .body(body)
                    .exchange((request, response) -> new WireAnswer(response.getStatusCode().value(),
                            read(response.getBody()), since(start), null, null), true);
        } catch (RuntimeException noAnswer) {
            return new WireAnswer(0, null, since(start), describe(noAnswer), causeOf(noAnswer));
        }
    }

    WireAnswer get(URI uri) {
        long start = System.nanoTime();
        try {
            return client.get().uri(uri)
                    .accept(MediaType.APPLICATION_JSON)
                    .header(apiKeyHeader, apiKey)
                    .exchange((request, response) -> new WireAnswer(response.getStatusCode().value(),
                            read(response.getBody()), since(start), null, null), true);
        } catch (RuntimeException noAnswer) {
            return new WireAnswer(0, null, since(start), describe(noAnswer), causeOf(noAnswer));
        }
    }

    String apiKeyHeader() {
        return apiKeyHeader;
    }

    private static String read(InputStream body) throws IOException {
        if (body == null) {
            return "";
        }
        return new String(body.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Decided from the exception's type: a time-out may have reached Cashi, a refused connection did not. */
    private static UnknownCause causeOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof java.net.http.HttpTimeoutException || root instanceof java.net.SocketTimeoutException
                ? UnknownCause.TIMEOUT : UnknownCause.CONNECTION_FAILED;
    }

    /** The root cause's type and message: "HttpTimeoutException: request timed out" says more than Spring's wrapper. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
