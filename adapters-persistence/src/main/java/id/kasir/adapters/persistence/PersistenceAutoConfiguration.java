package id.kasir.adapters.persistence;

import id.kasir.adapters.persistence.mybatis.UtcInstantTypeHandler;
import id.kasir.application.port.TransactionRunner;
import java.time.Instant;
import java.util.Properties;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.mybatis.spring.annotation.MapperScan;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The repository ports on MyBatis, over the application's DataSource; Flyway (Boot's own
 * auto-configuration) brings the schema from {@code db/migration}.
 *
 * <p>Adding a repository is one new {@code @Mapper} interface with its XML and one {@code @Repository}
 * class anywhere under {@code id.kasir.adapters.persistence}: both scans below find them. Only
 * {@code @Repository} classes are picked up, so configuration classes (e.g. in tests) are not.
 * This runs before MyBatis's auto-configuration so that its "scan every package" fallback sees our
 * scanner and stays off.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        before = MybatisAutoConfiguration.class)
@MapperScan(basePackages = "id.kasir.adapters.persistence", annotationClass = Mapper.class)
@ComponentScan(basePackages = "id.kasir.adapters.persistence", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Repository.class))
public class PersistenceAutoConfiguration {

    /** Every Instant column is UTC whatever the JVM's time zone (replaces MyBatis's Timestamp-based handler). */
    @Bean
    ConfigurationCustomizer kasirUtcInstants() {
        return configuration -> configuration.getTypeHandlerRegistry()
                .register(Instant.class, new UtcInstantTypeHandler());
    }

    /**
     * Names the database for mapper statements that differ by vendor ({@code databaseId="h2"}); a statement
     * without a databaseId is the MySQL/MariaDB one and serves every database that has no variant.
     */
    @Bean
    @ConditionalOnMissingBean(DatabaseIdProvider.class)
    DatabaseIdProvider kasirDatabaseIds() {
        Properties vendors = new Properties();
        vendors.setProperty("H2", "h2");
        vendors.setProperty("MySQL", "mysql");
        vendors.setProperty("MariaDB", "mysql");
        VendorDatabaseIdProvider ids = new VendorDatabaseIdProvider();
        ids.setProperties(vendors);
        return ids;
    }

    /**
     * ShedLock's locks in table {@code shedlock} (V3), timed by the database's clock so that nodes whose
     * clocks drift still agree on who holds a task. Used by every scheduled task that must run once
     * across nodes ({@code @SchedulerLock}).
     */
    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider kasirSchedulerLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    @ConditionalOnMissingBean(TransactionRunner.class)
    SpringTransactionRunner springTransactionRunner(PlatformTransactionManager transactionManager) {
        return new SpringTransactionRunner(transactionManager);
    }
}
