package id.kasir.sandbox.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CashiQrImageTest {

    @Test
    void drawsAPngThatAQrReaderReadsBackAsThePayload() {
        String payload = CashiQrisPayload.forOrder("INV-" + "9".repeat(60), 1_234_567);

        String dataUrl = CashiQrImage.dataUrl(payload);

        assertThat(dataUrl).startsWith("data:image/png;base64,");
        assertThat(QrDecoding.decodeDataUrl(dataUrl)).isEqualTo(payload);
    }
}
