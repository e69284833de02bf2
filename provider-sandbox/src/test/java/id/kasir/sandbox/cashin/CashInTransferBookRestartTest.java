package id.kasir.sandbox.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.sandbox.store.TestDatabaseStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** E-wallet transfers read back from the sandbox's table after a restart, on this JVM's own MariaDB database. */
class CashInTransferBookRestartTest {

    private final Instant now = Instant.parse("2026-11-30T03:00:00Z");

    @Test
    void aTransferKeepsItsReferencesAndTheStatusLastSetAfterARestart() {
        CashInTransferBook before = new CashInTransferBook();
        before.keepIn(TestDatabaseStore.emptied());
        CashInTransfer reversed = new CashInTransfer("PO-1", "TF2611301000000000001", 50_000, "6281111111111",
                "Siti Aminah", "OVO", now, now.plusSeconds(5));
        CashInTransfer processing = new CashInTransfer("PO-2", "TF2611301000000000002", 60_000, "6281234567890",
                "John Doe", "DANA", now, now.plusSeconds(60));
        assertThat(before.add(reversed)).isTrue();
        assertThat(before.add(processing)).isTrue();
        reversed.settle(CashInTransfer.State.FAILED);

        CashInTransferBook after = new CashInTransferBook();
        after.keepIn(TestDatabaseStore.sameTable());

        assertThat(after.byPartnerReference("PO-1").orElseThrow().state(now)).isEqualTo(CashInTransfer.State.FAILED);
        CashInTransfer stillProcessing = after.find("TF2611301000000000002").orElseThrow();
        assertThat(stillProcessing.state(now)).isEqualTo(CashInTransfer.State.PROCESSING);
        assertThat(stillProcessing.state(now.plusSeconds(60))).isEqualTo(CashInTransfer.State.SUCCESS);
        assertThat(after.add(new CashInTransfer("PO-1", "TF2611301000000000003", 1, "6281111111111", "Siti Aminah",
                "OVO", now, now))).as("the partnerReferenceNo stays taken").isFalse();
    }
}
