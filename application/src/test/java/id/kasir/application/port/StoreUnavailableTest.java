package id.kasir.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.notification.NotificationNotTakenIn;
import id.kasir.domain.gateway.GatewayId;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class StoreUnavailableTest {

    @Test
    void theDatabaseOutOfReachIsRecognisedByTypeAnywhereInTheCauseChain() {
        // As Spring and MyBatis wrap them: the pool's time-out, a refused connection, a broken one.
        assertThat(StoreUnavailable.isCauseOf(wrapped(new SQLTransientConnectionException("pool timed out")))).isTrue();
        assertThat(StoreUnavailable.isCauseOf(wrapped(new SQLNonTransientConnectionException("refused")))).isTrue();
        assertThat(StoreUnavailable.isCauseOf(wrapped(new SQLRecoverableException("link failure")))).isTrue();
        assertThat(StoreUnavailable.isCauseOf(new StoreUnavailable("said so", null))).isTrue();
    }

    @Test
    void otherFailuresAreNotAnOutageWhateverTheirMessageSays() {
        assertThat(StoreUnavailable.isCauseOf(wrapped(new SQLSyntaxErrorException("Connection is not available"))))
                .isFalse();
        assertThat(StoreUnavailable.isCauseOf(new IllegalStateException("Communications link failure"))).isFalse();
        assertThat(StoreUnavailable.isCauseOf(null)).isFalse();
    }

    @Test
    void aNotificationNotTakenInIsOneLineNamingTheGatewayAndReferenceWithoutTheFailuresMessage() {
        RuntimeException failure = wrapped(new SQLTransientConnectionException("SELECT secret FROM t WHERE x='v'"));
        NotificationNotTakenIn notTaken = new NotificationNotTakenIn(GatewayId.of("payin"), "REF-1\nforged line",
                "XID-9", failure);

        String line = notTaken.logLine(503);

        assertThat(notTaken.storeUnavailable()).isTrue();
        assertThat(line).contains("gateway payin").contains("REF-1?forged line").contains("XID-9")
                .contains("answered 503").contains("SQLTransientConnectionException")
                .doesNotContain("SELECT").doesNotContain("\n");
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new RuntimeException("Failed to obtain JDBC Connection", new IllegalStateException(cause));
    }
}
