package id.kasir.sandbox.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CashInNotifyBodyTest {

    private final CashInNotice paid = new CashInNotice("PAY2501010000000000001", "TRX-MERCHANT-0001", "123232144", "00",
            10_000, Instant.parse("2024-11-04T03:00:00Z"), Instant.parse("2024-11-04T03:05:00Z"));

    @Test
    void theTableStyleUsesTheTablesNamesAndAStringAmount() {
        assertThat(CashInNotifyBody.render(paid, CashInSandboxProperties.NotifyStyle.TABLE)).isEqualTo(
                "{\"originalPartnerReferenceNo\":\"PAY2501010000000000001\",\"originalReferenceNo\":\"TRX-MERCHANT-0001\","
                        + "\"originalExternalId\":\"123232144\",\"latestTransactionStatus\":\"00\","
                        + "\"transactionStatusDesc\":\"Success\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},"
                        + "\"createdTime\":\"2024-11-04T10:00:00+07:00\",\"finishedTime\":\"2024-11-04T10:05:00+07:00\"}");
    }

    @Test
    void theExampleStyleCopiesTheExamplesTyposAndANumericAmount() {
        assertThat(CashInNotifyBody.render(paid, CashInSandboxProperties.NotifyStyle.EXAMPLE)).isEqualTo(
                "{\"originalPartnerReferenceNo\":\"PAY2501010000000000001\",\"originalReferenceNo\":\"TRX-MERCHANT-0001\","
                        + "\"orgiginalExternalId\":\"123232144\",\"latestTransactionStatus\":\"00\","
                        + "\"latestTransactionStatusDec\":\"Success\",\"amount\":{\"value\":10000,\"currency\":\"IDR\"},"
                        + "\"createdTime\":\"2024-11-04T10:00:00+07:00\",\"finishedTime\":\"2024-11-04T10:05:00+07:00\"}");
    }
}
