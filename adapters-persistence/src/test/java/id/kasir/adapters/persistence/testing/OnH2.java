package id.kasir.adapters.persistence.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a persistence contract test against an in-memory H2 database in MySQL mode. Every class so
 * annotated has the same configuration, so they share one Spring context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PersistenceTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:kasir-persistence-tests;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.datasource.hikari.maximum-pool-size=4",
        "spring.main.banner-mode=off",
        "spring.flyway.clean-disabled=false"})
public @interface OnH2 {
}
