package id.kasir.adapters.persistence.testing;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The smallest Boot application that brings up the persistence adapter: DataSource, Flyway, MyBatis. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PersistenceTestApplication {

    /**
     * The test databases start empty every time, so a test run never depends on what an earlier
     * run (perhaps of an older schema) left in the shared MySQL test database.
     */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
