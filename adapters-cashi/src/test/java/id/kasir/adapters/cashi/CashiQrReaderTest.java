package id.kasir.adapters.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class CashiQrReaderTest {

    @Test
    void readsTheQrisTextBackOutOfAPngDataUrl() {
        assertThat(CashiQrReader.contentOf(QrPictures.dataUrl(QrPictures.QRIS))).contains(QrPictures.QRIS);
    }

    @Test
    void readsACleanCodeTheFinderPatternDetectorAloneMisses() {
        assertThat(CashiQrReader.contentOf(QrPictures.sandboxDataUrl(QrPictures.SANDBOX_QRIS)))
                .contains(QrPictures.SANDBOX_QRIS);
    }

    @Test
    void leavesTheContentAbsentWhenThePictureCannotBeRead() {
        assertThat(CashiQrReader.contentOf(null)).isEmpty();
        assertThat(CashiQrReader.contentOf("data:image/png;...")).isEmpty();
        assertThat(CashiQrReader.contentOf("https://cashi.id/qr/ORD-1.png")).isEmpty();
        assertThat(CashiQrReader.contentOf("data:image/png;base64,"
                + Base64.getEncoder().encodeToString("not a png".getBytes()))).isEmpty();
        assertThat(CashiQrReader.contentOf("data:image/png;base64,!!!")).isEmpty();
    }
}
