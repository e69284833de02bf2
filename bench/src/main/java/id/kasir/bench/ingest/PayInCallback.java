package id.kasir.bench.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * PayIn's callback ({@code POST /webhooks/payin}): the body's fields in the order PayIn writes them (docs/payin.txt,
 * as the sandbox sends them), headers {@code MerchantId} and {@code Sign} = uppercase hex MD5 of (the exact raw body
 * + the merchant's API key) (PROVIDERS.md; the sandbox's merchant 1002001 and key, which Kasir trusts with the
 * sandbox on). A signed callback is applied from its own word.
 */
final class PayInCallback implements SignedNotification {

    static final String PATH = "/webhooks/payin";
    private static final String MERCHANT_ID = "1002001";
    private static final String API_KEY = "sandbox-payin-key";
    private static final DateTimeFormatter COMPLETION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Override
    public String gateway() {
        return "payin";
    }

    @Override
    public HttpRequest paid(String kasirBaseUrl, SeededPayment payment) {
        BigDecimal fee = payment.amountToPay().multiply(new BigDecimal("0.007")).setScale(4, RoundingMode.HALF_UP);
        String body = "{\"amount\":" + payment.amountToPay().setScale(2) + ","
                + "\"completionTime\":\"" + ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).format(COMPLETION_TIME) + "\","
                + "\"fee\":" + fee + ",\"mchOrderNo\":\"" + payment.reference() + "\",\"merchantId\":\"" + MERCHANT_ID + "\","
                + "\"nonceStr\":\"" + System.nanoTime() + "\",\"orderNo\":\"" + payment.gatewayReference() + "\","
                + "\"orderStatus\":\"SUCCESS\",\"payCode\":null,\"payType\":\"41\",\"payUrl\":null}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(kasirBaseUrl + PATH))
                .header("Content-Type", "application/json")
                .header("MerchantId", MERCHANT_ID)
                .header("Sign", md5Upper(body + API_KEY))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
    }

    @Override
    public boolean acknowledged(int httpStatus) {
        return httpStatus == 200;
    }

    private static String md5Upper(String text) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
