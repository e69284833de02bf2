package id.kasir.adapters.persistence.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a persistence contract test against this test JVM's own database on the MySQL-compatible
 * server named by {@code KASIR_TEST_DB_URL} / {@code KASIR_TEST_DB_USERNAME} / {@code KASIR_TEST_DB_PASSWORD}
 * (see {@code id.kasir.testsupport.MySqlTestDatabase}). The server is checked before Spring starts, so
 * an absent server fails the tests with one clear line.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MySqlServerRequired.class)
@SpringBootTest(classes = PersistenceTestApplication.class, properties = {
        "spring.datasource.url=${" + MySqlServerRequired.URL_PROPERTY + "}",
        "spring.datasource.username=${" + MySqlServerRequired.USERNAME_PROPERTY + "}",
        "spring.datasource.password=${" + MySqlServerRequired.PASSWORD_PROPERTY + "}",
        "spring.datasource.hikari.maximum-pool-size=4",
        "spring.main.banner-mode=off",
        "spring.flyway.clean-disabled=false"})
public @interface OnMySql {
}
