package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import id.kasir.domain.money.Money;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PayCodeTest {

    private static final Money TWENTY_K = Money.idr(20000);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @Test
    void readsQrisTextWithAGoodCrcAsQrContent() {
        assertThat(PayCode.read(QrisSamples.VALID_PAYLOAD)).isEqualTo(new PayCode.QrisText(QrisSamples.VALID_PAYLOAD));
    }

    @Test
    void flagsQrisLookingTextWithABadCrc() {
        assertThat(PayCode.read(QrisSamples.DOC_PAYLOAD)).isInstanceOf(PayCode.CorruptQris.class);
    }

    @Test
    void readsAnHttpAddressAsAnImageUrl() {
        String url = "https://m.qris.id/link/pay?bizNo=20241202111212800110166154827.jpg";
        assertThat(PayCode.read(url)).isEqualTo(new PayCode.ImageUrl(url));
        assertThat(PayCode.read("http://localhost:8080/sandbox/payin/qr/1.png")).isInstanceOf(PayCode.ImageUrl.class);
    }

    @Test
    void readsBase64OfAPngAsADataUrl() {
        String base64 = Base64.getEncoder().encodeToString(image(PNG_SIGNATURE));
        assertThat(PayCode.read(base64)).isEqualTo(new PayCode.ImageData("data:image/png;base64," + base64));
    }

    @Test
    void readsBase64OfAJpegAndAnAlreadyWrappedDataUrl() {
        String jpeg = Base64.getEncoder().encodeToString(image(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertThat(PayCode.read(jpeg)).isEqualTo(new PayCode.ImageData("data:image/jpeg;base64," + jpeg));
        String png = Base64.getEncoder().encodeToString(image(PNG_SIGNATURE));
        assertThat(PayCode.read("data:image/png;base64," + png))
                .isEqualTo(new PayCode.ImageData("data:image/png;base64," + png));
    }

    @Test
    void readsBase64WithLineBreaksAsOneDataUrl() {
        String wrapped = Base64.getMimeEncoder().encodeToString(image(PNG_SIGNATURE));
        assertThat(wrapped).contains("\r\n");
        PayCode read = PayCode.read(wrapped);
        assertThat(read).isInstanceOf(PayCode.ImageData.class);
        assertThat(((PayCode.ImageData) read).dataUrl()).doesNotContain("\n");
    }

    @Test
    void readsVaNumbersChannelCodesAndBase64OfOtherThingsAsAPayCode() {
        assertThat(PayCode.read("8808123456789012")).isEqualTo(new PayCode.Text("8808123456789012"));
        assertThat(PayCode.read("OR.GPNQR..INOPROID_BS")).isEqualTo(new PayCode.Text("OR.GPNQR..INOPROID_BS"));
        String notAnImage = Base64.getEncoder().encodeToString("just some text, long enough to look like base64 data"
                .repeat(3).getBytes(StandardCharsets.US_ASCII));
        assertThat(PayCode.read(notAnImage)).isEqualTo(new PayCode.Text(notAnImage));
    }

    @Test
    void readsAnEmptyPayCodeAsNothing() {
        assertThat(PayCode.read("")).isInstanceOf(PayCode.None.class);
        assertThat(PayCode.read(null)).isInstanceOf(PayCode.None.class);
    }

    @Test
    void showsEachShapeInTheRightPlace() {
        String checkout = "https://pay.example/desk";
        var qris = PayInPaymentGateway.instructionsFor(PayCode.read(QrisSamples.VALID_PAYLOAD), checkout, TWENTY_K).shown();
        assertThat(qris.qrContent()).isEqualTo(QrisSamples.VALID_PAYLOAD);
        assertThat(qris.checkoutUrl()).isEqualTo(checkout);
        var va = PayInPaymentGateway.instructionsFor(PayCode.read("8808123456789012"), checkout, TWENTY_K).shown();
        assertThat(va.payCode()).isEqualTo("8808123456789012");
        assertThat(va.qrContent()).isNull();
        var image = PayInPaymentGateway.instructionsFor(PayCode.read("https://q.example/a.png"), checkout, TWENTY_K).shown();
        assertThat(image.qrImageUrl()).isEqualTo("https://q.example/a.png");
        assertThat(PayInPaymentGateway.instructionsFor(PayCode.read(QrisSamples.DOC_PAYLOAD), checkout, TWENTY_K)
                .refusal()).startsWith("WRONG_CRC");
        // A QR whose CRC is right but whose amount (tag 54) is not the amount to pay is never shown.
        assertThat(PayInPaymentGateway.instructionsFor(PayCode.read(QrisSamples.VALID_PAYLOAD), checkout,
                Money.idr(15000)).refusal()).startsWith("WRONG_AMOUNT");
    }

    private static byte[] image(byte[] magic) {
        byte[] bytes = Arrays.copyOf(magic, 120);
        for (int i = magic.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        return bytes;
    }
}
