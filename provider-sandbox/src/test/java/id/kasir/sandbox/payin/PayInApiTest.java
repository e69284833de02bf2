package id.kasir.sandbox.payin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code /api/payIn} and {@code /api/payInQuery} over HTTP: Sign, validation, payCode shapes, queries. */
class PayInApiTest extends PayInSandboxHttpTestBase {

    // The document's example body with our own mchOrderNo; KEY=sandbox-payin-key.
    // printf '%s' "$BODY$KEY" | md5sum  ->  569654e3236a7364a9124a9a2cf6c643
    static final String UPPER_BODY = "{\"realName\":\"Reza Wijaya\",\"amount\":\"20000.00\",\"reusableStatus\":false,\"payType\":\"43\","
            + "\"expireTime\":3600,\"mchOrderNo\":\"SIGN-VECTOR-UPPER\",\"notifyUrl\":\"https://merchant.com/webhooks/payin\","
            + "\"currency\":\"IDR\",\"remark\":\"Electronic Cigarettes\",\"nonceStr\":\"16a5a70f43384134bfae33acc77132e0\"}";

    // printf '%s' "$BODY$KEY" | md5sum  ->  a097592ad6ff023b51c45254526414c9
    static final String LOWER_BODY = "{\"realName\":\"Reza Wijaya\",\"amount\":20000,\"reusableStatus\":false,\"payType\":41,"
            + "\"expireTime\":3600,\"mchOrderNo\":\"SIGN-VECTOR-LOWER\",\"notifyUrl\":\"https://merchant.com/webhooks/payin\","
            + "\"currency\":\"IDR\",\"remark\":\"Electronic Cigarettes\",\"nonceStr\":\"9459931608\"}";

    // printf '%s' "$BODY$KEY" | md5sum  ->  a96d85b7b15753a7ca7b0cfc1dccea07
    static final String LOWER_QUERY = "{\"mchOrderNo\":\"SIGN-VECTOR-LOWER\",\"nonceStr\":\"9459931608\"}";

    @Test
    void createsAnEwalletOrderSignedWithAnUppercaseMd5FromTheCommandLine() {
        JsonNode answer = json(postRaw("/api/payIn", UPPER_BODY, "1002001", "569654E3236A7364A9124A9A2CF6C643"));

        assertThat(answer.path("code").asInt()).isEqualTo(200);
        assertThat(answer.path("msg").asString()).isEqualTo("SUCCESS");
        JsonNode data = answer.path("data");
        assertThat(data.path("merchantId").asString()).isEqualTo("1002001");
        assertThat(data.path("mchOrderNo").asString()).isEqualTo("SIGN-VECTOR-UPPER");
        assertThat(data.path("orderNo").asString()).matches("PAYIN\\d{19}");
        assertThat(data.path("amount").asString()).isEqualTo("20000");
        assertThat(data.path("orderFee").asString()).isEqualTo("1500");
        assertThat(data.path("payCode").asString()).isEmpty();
        assertThat(data.path("payUrl").asString()).startsWith("http://localhost:8080/sandbox/payin/link/pay?bizNo=");
        assertThat(data.path("payDeskUrl").asString())
                .isEqualTo("http://localhost:8080/sandbox/payin/paydesk/" + data.path("orderNo").asString());
    }

    @Test
    void acceptsALowercaseSignAndFindsTheOrderByTheMerchantsNumber() {
        JsonNode created = json(postRaw("/api/payIn", LOWER_BODY, "1002001", "a097592ad6ff023b51c45254526414c9"));
        assertThat(created.path("code").asInt()).as(created.toString()).isEqualTo(200);

        JsonNode queried = json(postRaw("/api/payInQuery", LOWER_QUERY, "1002001", "a96d85b7b15753a7ca7b0cfc1dccea07"));

        assertThat(queried.path("code").asInt()).isEqualTo(200);
        JsonNode data = queried.path("data");
        assertThat(data.path("orderNo").asString()).isEqualTo(created.path("data").path("orderNo").asString());
        assertThat(data.path("payType").asString()).isEqualTo("41");
        assertThat(data.path("fee").asString()).isEqualTo("1000");
        assertThat(data.path("orderStatus").asString()).isEqualTo("PAYING");
        assertThat(data.path("completionTime").isNull()).isTrue();
        assertThat(data.path("channelOrderNo").asString()).isNotBlank();
    }

    @Test
    void rejectsAForgedSign() {
        JsonNode answer = json(postRaw("/api/payIn", UPPER_BODY, "1002001", "00000000000000000000000000000000"));

        assertThat(answer.path("code").asInt()).isEqualTo(401);
        assertThat(answer.path("msg").asString()).isEqualTo("Sign_Error");
        assertThat(answer.path("data").isNull()).isTrue();
    }

    @Test
    void rejectsASignOverOtherBytesThanThoseSent() {
        String reformatted = UPPER_BODY.replace(",\"currency\"", ", \"currency\"");

        JsonNode answer = json(postRaw("/api/payIn", reformatted, "1002001", "569654E3236A7364A9124A9A2CF6C643"));

        assertThat(answer.path("msg").asString()).isEqualTo("Sign_Error");
    }

    @Test
    void rejectsARequestWithoutASign() {
        assertThat(json(postRaw("/api/payIn", UPPER_BODY, "1002001", null)).path("code").asInt()).isEqualTo(401);
    }

    @Test
    void rejectsAnotherMerchantIdEvenWithAValidSign() {
        JsonNode answer = json(postRaw("/api/payIn", UPPER_BODY, "1002002", "569654E3236A7364A9124A9A2CF6C643"));

        assertThat(answer.path("code").asInt()).isEqualTo(401);
        assertThat(answer.path("msg").asString()).isEqualTo("MerchantId_Error");
    }

    @Test
    void rejectsASignedBodyThatIsNotJson() {
        String body = "amount=20000";
        JsonNode answer = json(postRaw("/api/payIn", body, MERCHANT_ID, md5Sign(body.getBytes(), API_KEY)));

        assertThat(answer.path("code").asInt()).isEqualTo(400);
        assertThat(answer.path("msg").asString()).startsWith("Param_Error");
    }

    static Stream<Arguments> invalidOrders() {
        return Stream.of(
                invalid("currency USD", f -> f.put("currency", "USD"), "Currency_Not_Support"),
                invalid("unknown payType", f -> f.put("payType", 99), "PayType_Not_Support"),
                invalid("amount under the minimum", f -> f.put("amount", 9999), "Amount_Error"),
                invalid("amount with cents", f -> f.put("amount", "20000.50"), "Param_Error: amount"),
                invalid("amount not a number", f -> f.put("amount", "lots"), "Param_Error: amount"),
                invalid("no amount", f -> f.remove("amount"), "Param_Error: amount"),
                invalid("reusable", f -> f.put("reusableStatus", true), "Param_Error: reusableStatus"),
                invalid("no reusableStatus", f -> f.remove("reusableStatus"), "Param_Error: reusableStatus"),
                invalid("mchOrderNo of 33", f -> f.put("mchOrderNo", "M".repeat(33)), "Param_Error: mchOrderNo"),
                invalid("expireTime 0", f -> f.put("expireTime", 0), "Param_Error: expireTime"),
                invalid("no notifyUrl", f -> f.remove("notifyUrl"), "Param_Error: notifyUrl"),
                invalid("notifyUrl of 251", f -> f.put("notifyUrl", "https://m.id/" + "x".repeat(238)), "Param_Error: notifyUrl"),
                invalid("nonceStr of 33", f -> f.put("nonceStr", "n".repeat(33)), "Param_Error: nonceStr"),
                invalid("no remark", f -> f.remove("remark"), "Param_Error: remark"),
                invalid("remark of 33", f -> f.put("remark", "r".repeat(33)), "Param_Error: remark"),
                invalid("accented remark", f -> f.put("remark", "Café"), "Param_Error: remark"),
                invalid("no realName", f -> f.remove("realName"), "Param_Error: realName"),
                invalid("realName of 65", f -> f.put("realName", "n".repeat(65)), "Param_Error: realName"),
                invalid("phone of 33", f -> f.put("phone", "0".repeat(33)), "Param_Error: phone"),
                invalid("email of 65", f -> f.put("email", "e".repeat(55) + "@mail.co.id"), "Param_Error: email"));
    }

    private static Arguments invalid(String what, Consumer<Map<String, Object>> change, String msg) {
        return Arguments.of(what, change, msg);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOrders")
    void refusesAnOrderThatBreaksPayInsRules(String what, Consumer<Map<String, Object>> change, String msg) {
        Map<String, Object> fields = orderFields("https://merchant.com/webhooks/payin");
        change.accept(fields);

        JsonNode answer = json(postSigned("/api/payIn", fields));

        assertThat(answer.path("code").asInt()).isEqualTo(400);
        assertThat(answer.path("msg").asString()).startsWith(msg);
        assertThat(sandboxOrder(String.valueOf(fields.get("mchOrderNo"))).path("orderNo").isMissingNode()).isTrue();
    }

    @Test
    void acceptsOptionalPhoneAndEmailAndANumericAmount() {
        Map<String, Object> fields = orderFields("https://merchant.com/webhooks/payin");
        fields.put("amount", 10000);
        fields.put("phone", "081234567890");
        fields.put("email", "reza@example.co.id");

        assertThat(createOrder(fields).path("amount").asString()).isEqualTo("10000");
    }

    @Test
    void refusesASecondOrderWithTheSameMerchantOrderNumber() {
        Map<String, Object> fields = orderFields("https://merchant.com/webhooks/payin");
        createOrder(fields);
        fields.put("nonceStr", "another");

        JsonNode answer = json(postSigned("/api/payIn", fields));

        assertThat(answer.path("code").asInt()).isEqualTo(400);
        assertThat(answer.path("msg").asString()).startsWith("MchOrderNo_Repeat");
    }

    @Test
    void givesQrisAsTheRawPayloadWithTheAmountAndAValidCrcByDefault() {
        JsonNode data = createOrder(orderFields("https://merchant.com/webhooks/payin"));

        String payCode = data.path("payCode").asString();
        assertThat(PayInQrisPayload.tags(payCode)).containsEntry("54", "25000.00");
        assertThat(PayInQrisPayload.hasValidCrc(payCode)).isTrue();
        assertThat(data.path("payUrl").asString()).isEmpty();
        assertThat(data.path("orderFee").asString()).isEqualTo("1000");
    }

    @Test
    void givesQrisAsAnImageUrlThatServesTheQrCodeWhenTheRemarkAsks() throws Exception {
        Map<String, Object> fields = orderFields("https://merchant.com/webhooks/payin");
        fields.put("remark", "shape:image-url");
        JsonNode data = createOrder(fields);

        String payCode = data.path("payCode").asString();
        assertThat(payCode).startsWith("http://localhost:8080/sandbox/payin/qr/").endsWith(".png");
        assertThat(data.path("payUrl").asString()).isEqualTo(payCode);
        HttpResponse<byte[]> image = getBytes(URI.create(payCode).getPath().substring("/sandbox/payin".length()));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(qrTextIn(image.body())).isEqualTo(qrisOf(data));
    }

    @Test
    void givesQrisAsABase64PngWhenTheRemarkAsks() throws Exception {
        Map<String, Object> fields = orderFields("https://merchant.com/webhooks/payin");
        fields.put("remark", "shape:base64-image");
        JsonNode data = createOrder(fields);

        byte[] png = Base64.getDecoder().decode(data.path("payCode").asString());
        String scanned = qrTextIn(png);
        assertThat(scanned).isEqualTo(qrisOf(data));
        assertThat(PayInQrisPayload.tags(scanned)).containsEntry("54", "25000.00");
        assertThat(PayInQrisPayload.hasValidCrc(scanned)).isTrue();
    }

    @Test
    void queriesByOrderNo() {
        JsonNode data = createOrder(orderFields("https://merchant.com/webhooks/payin"));

        JsonNode answer = queryByOrderNo(data.path("orderNo").asString());

        assertThat(answer.path("code").asInt()).isEqualTo(200);
        assertThat(answer.path("data").path("mchOrderNo").asString()).isEqualTo(data.path("mchOrderNo").asString());
        assertThat(answer.path("data").path("amount").asString()).isEqualTo("25000");
        assertThat(answer.path("data").path("payDeskUrl").asString()).isEqualTo(data.path("payDeskUrl").asString());
    }

    @Test
    void prefersOrderNoWhenBothNumbersAreGiven() {
        JsonNode first = createOrder(orderFields("https://merchant.com/webhooks/payin"));
        JsonNode second = createOrder(orderFields("https://merchant.com/webhooks/payin"));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("mchOrderNo", first.path("mchOrderNo").asString());
        query.put("orderNo", second.path("orderNo").asString());
        query.put("nonceStr", "n1");

        JsonNode answer = json(postSigned("/api/payInQuery", query));

        assertThat(answer.path("data").path("mchOrderNo").asString()).isEqualTo(second.path("mchOrderNo").asString());
    }

    @Test
    void answersOrderNotExistForAnUnknownOrder() {
        JsonNode answer = queryByOrderNo("PAYIN0000000000000000000");

        assertThat(answer.path("code").asInt()).isEqualTo(404);
        assertThat(answer.path("msg").asString()).isEqualTo("Order_Not_Exist");
    }

    @Test
    void refusesAQueryWithoutEitherNumberOrWithoutNonce() {
        assertThat(json(postSigned("/api/payInQuery", Map.of("nonceStr", "n"))).path("msg").asString())
                .startsWith("Param_Error: orderNo");
        assertThat(json(postSigned("/api/payInQuery", Map.of("orderNo", "PAYIN1"))).path("msg").asString())
                .startsWith("Param_Error: nonceStr");
    }

    @Test
    void authenticatesQueriesToo() {
        JsonNode answer = json(postRaw("/api/payInQuery", LOWER_QUERY, "1002001", "A96D85B7B15753A7CA7B0CFC1DCCEA00"));

        assertThat(answer.path("msg").asString()).isEqualTo("Sign_Error");
    }

    private String qrisOf(JsonNode data) {
        return sandboxOrder(data.path("orderNo").asString()).path("qrisPayload").asString();
    }

    static String qrTextIn(byte[] png) throws Exception {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
