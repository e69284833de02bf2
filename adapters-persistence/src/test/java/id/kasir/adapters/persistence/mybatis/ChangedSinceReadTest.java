package id.kasir.adapters.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;

class ChangedSinceReadTest {

    @Test
    void mariaDbsRecordChangedSinceLastReadIsFoundWhereverItSitsInTheChain() {
        SQLException checkRead = new SQLException("Record has changed since last read in table 'payments'", "HY000", 1020);

        assertThat(ChangedSinceRead.causedBy(new UncategorizedSQLException("update", "UPDATE payments", checkRead))).isTrue();
        assertThat(ChangedSinceRead.causedBy(new IllegalStateException(new RuntimeException(checkRead)))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ChangedSinceRead.causedBy(new SQLException("Deadlock found", "40001", 1213))).isFalse();
        assertThat(ChangedSinceRead.causedBy(new IllegalStateException("no"))).isFalse();
        assertThat(ChangedSinceRead.causedBy(null)).isFalse();
    }
}
