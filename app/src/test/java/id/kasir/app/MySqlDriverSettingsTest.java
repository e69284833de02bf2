package id.kasir.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class MySqlDriverSettingsTest {

    @Test
    void aMySqlPoolGetsTheStatementCacheAndLocalSessionState() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:mysql://127.0.0.1:3306/kasir");

        MySqlDriverSettings.apply(pool);

        assertThat(pool.getDataSourceProperties())
                .containsEntry("cachePrepStmts", "true")
                .containsEntry("prepStmtCacheSize", "250")
                .containsEntry("useLocalSessionState", "true")
                .containsEntry("useLocalTransactionState", "true");
    }

    @Test
    void whatTheOperatorSetWinsInTheUrlOrAsAProperty() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:mariadb://db:3306/kasir?cachePrepStmts=false");
        pool.addDataSourceProperty("prepStmtCacheSize", "25");

        MySqlDriverSettings.apply(pool);

        assertThat(pool.getDataSourceProperties())
                .doesNotContainKey("cachePrepStmts")
                .containsEntry("prepStmtCacheSize", "25")
                .containsEntry("useLocalSessionState", "true");
    }

    @Test
    void h2IsLeftAlone() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:kasir;MODE=MySQL");

        MySqlDriverSettings.apply(pool);

        assertThat(pool.getDataSourceProperties()).isEmpty();
    }
}
