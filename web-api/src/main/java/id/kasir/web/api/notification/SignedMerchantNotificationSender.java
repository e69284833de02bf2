package id.kasir.web.api.notification;

import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * POSTs a notification's JSON to the merchant's endpoint with {@code Kasir-Event-Id},
 * {@code Kasir-Event-Type}, {@code Kasir-Timestamp} (unix seconds) and {@code Kasir-Signature}. Any
 * 2xx is delivered; anything else (another status, a time-out, a refused connection) is a failed
 * attempt, described for the portal without the secret. Redirects are not followed: the merchant
 * configures the final URL.
 */
public final class SignedMerchantNotificationSender implements MerchantNotificationSender {

    private final RestClient client;
    private final URI url;
    private final MerchantNotificationSigner signer;
    private final Clock clock;

    public SignedMerchantNotificationSender(URI url, String secret, Duration connectTimeout, Duration readTimeout,
                                            Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        this.client = RestClient.builder().requestFactory(requests).build();
        this.url = url;
        this.signer = new MerchantNotificationSigner(secret);
        this.clock = clock;
    }

    @Override
    public Outcome send(MerchantNotification notification) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] body = notification.payload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpStatusCode status = client.post().uri(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("User-Agent", "Kasir-Notifications/1")
                    .header("Kasir-Event-Id", notification.eventId())
                    .header("Kasir-Event-Type", notification.type())
                    .header("Kasir-Timestamp", String.valueOf(timestamp))
                    .header("Kasir-Signature", signer.sign(timestamp, notification.payload()))
                    .body(body)
                    .exchange((request, response) -> response.getStatusCode(), true);
            return status.is2xxSuccessful() ? new Outcome.Delivered() : new Outcome.Failed("HTTP " + status.value());
        } catch (RuntimeException e) {
            return new Outcome.Failed(describe(e));
        }
    }

    private static String describe(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return "timed out";
            }
            if (cause instanceof java.net.ConnectException) {
                return "could not connect";
            }
        }
        return "not delivered: " + e.getClass().getSimpleName();
    }
}
