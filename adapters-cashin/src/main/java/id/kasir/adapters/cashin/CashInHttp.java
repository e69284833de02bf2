package id.kasir.adapters.cashin;

import id.kasir.domain.gateway.UnknownCause;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts one JSON body to Cash In and reads the answer whatever its status, through the gateway's
 * circuit breaker. It never throws for a gateway problem: a time-out, a refused connection or an open
 * circuit comes back as an {@link Answer} with status 0 and a reason.
 */
public final class CashInHttp {

    /**
     * What came back: {@code status} 0 when nothing did; then {@code cause} says why, typed (time-out,
     * connection failed, circuit open), and {@code failure} in words for people.
     */
    public record Answer(int status, String body, String failure, Duration took, UnknownCause cause) {
        public Answer(int status, String body, String failure, Duration took) {
            this(status, body, failure, took, status > 0 ? null : UnknownCause.CONNECTION_FAILED);
        }

        public boolean answered() {
            return status > 0;
        }

        public boolean circuitOpen() {
            return cause == UnknownCause.CIRCUIT_OPEN;
        }

        /** Why an HTTP answer that is not a success tells nothing: decided from the status code. */
        public UnknownCause causeOfHttpStatus() {
            if (!answered()) {
                return failureCause();
            }
            return switch (status) {
                case 408, 504 -> UnknownCause.TIMEOUT;
                case 429 -> UnknownCause.RATE_LIMITED;
                default -> status >= 500 ? UnknownCause.GATEWAY_ERROR : UnknownCause.GATEWAY_REPORTED_UNKNOWN;
            };
        }

        /** Why there is no answer; {@code GATEWAY_ERROR} if asked of an answer. */
        public UnknownCause failureCause() {
            return cause == null ? UnknownCause.GATEWAY_ERROR : cause;
        }
    }

    static final String CIRCUIT_OPEN = "circuit open";

    private final RestClient client;
    private final String baseUrl;
    private final CircuitBreaker breaker;

    public CashInHttp(String baseUrl, Duration connectTimeout, Duration readTimeout, CircuitBreaker breaker) {
        HttpClient jdk = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        factory.setReadTimeout(readTimeout);
        this.client = RestClient.builder().requestFactory(factory).build();
        this.baseUrl = baseUrl;
        this.breaker = breaker;
    }

    /** Sends exactly {@code body}'s UTF-8 bytes: the bytes that were signed. */
    public Answer post(String path, Map<String, String> headers, String body) {
        if (!breaker.tryAcquirePermission()) {
            return new Answer(0, null, CIRCUIT_OPEN, Duration.ZERO, UnknownCause.CIRCUIT_OPEN);
        }
        long start = System.nanoTime();
        try {
            Answer answer = client.post().uri(baseUrl + path)
                    .headers(h -> headers.forEach(h::set))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                            read(response.getBody()), null, since(start), null), true);
            long nanos = System.nanoTime() - start;
            if (answer.status() >= 500) {
                breaker.onError(nanos, TimeUnit.NANOSECONDS, new IOException("HTTP " + answer.status()));
            } else {
                breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
            }
            return answer;
        } catch (RestClientException | IllegalArgumentException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            return new Answer(0, null, describe(e), since(start), causeOf(e));
        }
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    private static String read(InputStream body) throws IOException {
        // Answers are small; a runaway one is cut rather than held in memory whole.
        byte[] bytes = body.readNBytes(256 * 1024);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Decided from the exception's type: a time-out may have reached Cash In, a refused connection did not. */
    private static UnknownCause causeOf(Exception e) {
        Throwable root = rootOf(e);
        return root instanceof java.net.http.HttpTimeoutException || root instanceof java.net.SocketTimeoutException
                || root instanceof java.util.concurrent.TimeoutException
                ? UnknownCause.TIMEOUT : UnknownCause.CONNECTION_FAILED;
    }

    private static Throwable rootOf(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root.getClass().getSimpleName();
        if (causeOf(e) == UnknownCause.TIMEOUT) {
            return "time-out: " + kind;
        }
        return "no answer: " + kind + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
    }

    static Map<String, String> headers(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
