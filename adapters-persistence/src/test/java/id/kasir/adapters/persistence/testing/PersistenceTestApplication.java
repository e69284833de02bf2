package id.kasir.adapters.persistence.testing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The smallest Boot application that brings up the persistence adapter: DataSource, Flyway, MyBatis. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PersistenceTestApplication {
}
