package id.kasir.adapters.cashin;

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

    /** What came back: {@code status} 0 when nothing did, {@code failure} then says why. */
    public record Answer(int status, String body, String failure, Duration took) {
        public boolean answered() {
            return status > 0;
        }

        public boolean circuitOpen() {
            return CIRCUIT_OPEN.equals(failure);
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
            return new Answer(0, null, CIRCUIT_OPEN, Duration.ZERO);
        }
        long start = System.nanoTime();
        try {
            Answer answer = client.post().uri(baseUrl + path)
                    .headers(h -> headers.forEach(h::set))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                            read(response.getBody()), null, since(start)), true);
            long nanos = System.nanoTime() - start;
            if (answer.status() >= 500) {
                breaker.onError(nanos, TimeUnit.NANOSECONDS, new IOException("HTTP " + answer.status()));
            } else {
                breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
            }
            return answer;
        } catch (RestClientException | IllegalArgumentException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            return new Answer(0, null, describe(e), since(start));
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

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root.getClass().getSimpleName();
        if (kind.contains("Timeout") || kind.contains("TimedOut")) {
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
