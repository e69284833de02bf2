package id.kasir.bench.create;

import id.kasir.bench.support.KasirProcess;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * The merchant API's {@code POST /api/v1/payments} as a merchant sends it (web-api's README): bearer API key,
 * JSON body {@code {orderId, amount, currency, provider, method}}. 201 = created (OPEN).
 */
public final class CreatePayment {

    private CreatePayment() {
    }

    /**
     * @param kasirBaseUrl e.g. {@link KasirProcess#baseUrl()}
     * @param orderId      unique per payment
     * @param provider     {@code cashin}, {@code cashi} or {@code payin}
     * @param amount       whole rupiah (PayIn's minimum is 10,000)
     */
    public static HttpRequest request(String kasirBaseUrl, String orderId, String provider, String method, long amount) {
        String body = "{\"orderId\":\"" + orderId + "\",\"amount\":" + amount + ",\"currency\":\"IDR\",\"provider\":\""
                + provider + "\",\"method\":\"" + method + "\"}";
        return HttpRequest.newBuilder(URI.create(kasirBaseUrl + "/api/v1/payments"))
                .header("Authorization", "Bearer " + KasirProcess.API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }
}
