package id.kasir.app;

import com.zaxxer.hikari.HikariDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MySQL Connector/J settings that save work on every statement Kasir runs on MySQL/MariaDB, applied to the
 * connection pool when its URL is {@code jdbc:mysql:} or {@code jdbc:mariadb:} (H2 is left alone):
 * <ul>
 *   <li>{@code cachePrepStmts}, {@code prepStmtCacheSize}, {@code prepStmtCacheSqlLimit}: a statement's SQL is parsed
 *       once per connection, not on every {@code prepareStatement} (Kasir's MyBatis mappers prepare every statement
 *       again; parsing was ~5 % of a notification's CPU in the issue 17 profile);</li>
 *   <li>{@code useLocalSessionState}, {@code useLocalTransactionState}: the driver remembers autocommit and
 *       isolation itself instead of asking or re-setting the server on each transaction's start and end — Kasir never
 *       changes session state with SQL text, only through JDBC;</li>
 *   <li>{@code cacheServerConfiguration}, {@code cacheResultSetMetadata}, {@code maintainTimeStats=false}: less per
 *       connection and per query bookkeeping.</li>
 * </ul>
 * The values are HikariCP's recommendations for MySQL ("MySQL Configuration" in its wiki). Each one given in the URL
 * or as {@code spring.datasource.hikari.data-source-properties.<name>} wins over the default here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HikariDataSource.class)
class MySqlDriverSettings {

    /** The defaults, by Connector/J property name. */
    static final Map<String, String> DEFAULTS = defaults();

    @Bean
    static BeanPostProcessor mySqlDriverSettingsPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    apply(pool);
                }
                return bean;
            }
        };
    }

    /** Adds each default the pool's URL and data source properties do not set already; nothing for other databases. */
    static void apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url == null || !(url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
            return;
        }
        Properties given = pool.getDataSourceProperties();
        DEFAULTS.forEach((name, value) -> {
            if (!given.containsKey(name) && !url.contains(name + "=")) {
                pool.addDataSourceProperty(name, value);
            }
        });
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("cachePrepStmts", "true");
        defaults.put("prepStmtCacheSize", "250");
        defaults.put("prepStmtCacheSqlLimit", "2048");
        defaults.put("useLocalSessionState", "true");
        defaults.put("useLocalTransactionState", "true");
        defaults.put("cacheServerConfiguration", "true");
        defaults.put("cacheResultSetMetadata", "true");
        defaults.put("maintainTimeStats", "false");
        return Map.copyOf(defaults);
    }
}
