package id.kasir.adapters.payin;

import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.UnknownCause;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends one signed body to PayIn and brings back what happened, as a {@link Reply}: an answer (any
 * HTTP status) or no answer (time-out, refused connection, circuit open). It signs and sends the very
 * bytes it is given, and records the exchange for the timeline with the {@code Sign} and the
 * customer's phone masked. Every call goes through PayIn's circuit breaker.
 */
final class PayInTransport {

    /** What came back from one call. {@code failure} is set when there was no usable HTTP answer. */
    record Reply(int httpStatus, String body, String failure, boolean circuitOpen, GatewayExchange exchange,
                 UnknownCause failureCause) {
        boolean answered() {
            return failure == null;
        }

        /** No answer, or a 5xx: the gateway may or may not have acted; safe to retry only for reads. */
        boolean transient5xxOrSilence() {
            return !circuitOpen && (failure != null || httpStatus >= 500);
        }
    }

    private final PayInProperties properties;
    private final PayInSign sign;
    private final RestClient http;
    private final CircuitBreaker breaker;

    PayInTransport(PayInProperties properties, PayInSign sign) {
        this.properties = properties;
        this.sign = sign;
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(factory).baseUrl(properties.baseUrl()).build();
        this.breaker = CircuitBreaker.of("payin", CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .build());
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    Reply post(String operation, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String maskedRequest = PayInMasking.request("POST", properties.baseUrl() + path, properties.merchantId(), body);
        if (!breaker.tryAcquirePermission()) {
            return new Reply(0, null, "circuit open: PayIn failed too often recently; no call made", true,
                    new GatewayExchange(operation, maskedRequest, null, 0, Duration.ZERO), UnknownCause.CIRCUIT_OPEN);
        }
        long started = System.nanoTime();
        int status = 0;
        String answer = null;
        String failure = null;
        UnknownCause cause = null;
        try {
            HttpAnswer received = http.post().uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .header("MerchantId", properties.merchantId())
                    .header("Sign", sign.sign(bytes))
                    .body(bytes)
                    .exchangeForRequiredValue((request, response) -> new HttpAnswer(response.getStatusCode().value(),
                            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
            status = received.status();
            answer = received.body();
        } catch (RestClientException | IllegalStateException e) {
            cause = causeOf(e);
            failure = (cause == UnknownCause.TIMEOUT ? "time-out" : "no answer") + " (" + root(e).getClass().getSimpleName()
                    + ")";
        }
        long nanos = System.nanoTime() - started;
        if (failure != null || status >= 500) {
            breaker.onError(nanos, TimeUnit.NANOSECONDS, new IOException(failure == null ? "HTTP " + status : failure));
        } else {
            breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
        }
        return new Reply(status, answer, failure, false,
                new GatewayExchange(operation, maskedRequest, PayInMasking.body(answer), status, Duration.ofNanos(nanos)),
                cause);
    }

    private record HttpAnswer(int status, String body) {
    }

    private static Throwable root(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Decided from the exception's type: a time-out may have reached PayIn, a refused connection did not. */
    private static UnknownCause causeOf(Exception e) {
        Throwable root = root(e);
        return root instanceof java.net.http.HttpTimeoutException || root instanceof java.net.SocketTimeoutException
                ? UnknownCause.TIMEOUT : UnknownCause.CONNECTION_FAILED;
    }
}
