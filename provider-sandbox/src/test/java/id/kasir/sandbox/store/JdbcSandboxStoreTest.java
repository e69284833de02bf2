package id.kasir.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JdbcSandboxStoreTest {

    record Thing(String name, long amount, Instant at) {
    }

    @Test
    void keepsTheLastVersionOfEachRecordOldestFirstPerBook() {
        JdbcSandboxStore store = TestDatabaseStore.emptied();
        Instant t0 = Instant.parse("2026-11-30T01:00:00Z");
        store.save("one", "B", t0.plusSeconds(5), new Thing("b", 2, t0));
        store.save("one", "A", t0, new Thing("a", 1, t0));
        store.save("one", "A", t0, new Thing("a", 10, t0.plusSeconds(60)));
        store.save("two", "A", t0, new Thing("other book", 3, t0));

        JdbcSandboxStore afterRestart = TestDatabaseStore.sameTable();

        assertThat(afterRestart.load("one", Thing.class))
                .containsExactly(new Thing("a", 10, t0.plusSeconds(60)), new Thing("b", 2, t0));
        assertThat(afterRestart.load("two", Thing.class)).containsExactly(new Thing("other book", 3, t0));
    }

    @Test
    void skipsARecordThatNoLongerReadsInsteadOfRefusingToStart() throws Exception {
        JdbcSandboxStore store = TestDatabaseStore.emptied();
        store.save("one", "good", Instant.EPOCH, new Thing("good", 1, Instant.EPOCH));
        try (Connection connection = TestDatabaseStore.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO sandbox_order (book, reference, created_millis, record) "
                    + "VALUES ('one', 'bad', 1, '{not json')");
        }

        assertThat(TestDatabaseStore.sameTable().load("one", Thing.class)).containsExactly(new Thing("good", 1, Instant.EPOCH));
    }
}
