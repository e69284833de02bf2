package id.kasir.sandbox;

import id.kasir.sandbox.faults.SandboxFaults;
import id.kasir.sandbox.faults.SandboxFaultsController;
import id.kasir.sandbox.store.JdbcSandboxStore;
import id.kasir.sandbox.store.SandboxStore;
import id.kasir.sandbox.store.SandboxStoreRestorer;
import id.kasir.sandbox.store.StoredBook;
import id.kasir.sandbox.web.ControlCallerGuard;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Mounts the simulated gateways in the running application when {@code kasir.sandbox.enabled=true}
 * (the embedded default). Each gateway's simulator lives in its own package, found by the scan below.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "kasir.sandbox.enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxProperties.class)
@ComponentScan({"id.kasir.sandbox.cashin", "id.kasir.sandbox.cashi", "id.kasir.sandbox.payin", "id.kasir.sandbox.web"})
public class SandboxAutoConfiguration {

    private static final Log log = LogFactory.getLog(SandboxAutoConfiguration.class);

    @Bean
    SandboxFaults sandboxFaults() {
        return new SandboxFaults();
    }

    @Bean
    SandboxFaultsController sandboxFaultsController(SandboxFaults faults) {
        return new SandboxFaultsController(faults);
    }

    /**
     * The gateways' orders outlive a restart in the host's database (the embedded default: H2 under ./data), in
     * the sandbox's own table; without a database (the sandbox run alone) they live in memory only.
     */
    @Bean
    SandboxStore sandboxStore(ObjectProvider<DataSource> dataSource) {
        DataSource database = dataSource.getIfUnique();
        return database == null ? SandboxStore.MEMORY_ONLY : new JdbcSandboxStore(database);
    }

    @Bean
    SandboxStoreRestorer sandboxStoreRestorer(SandboxStore store, List<StoredBook> books) {
        return new SandboxStoreRestorer(store, books);
    }

    /** Only callers on this machine reach the control endpoints (see {@link ControlCallerGuard}). */
    @Bean
    WebMvcConfigurer sandboxControlCallerGuard(SandboxProperties properties) {
        ControlCallerGuard guard = new ControlCallerGuard(properties.controlFromLoopbackOnly());
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(guard);
            }
        };
    }

    /** Says loudly, once, that simulated gateways are mounted here, and who can reach their controls. */
    @Bean
    SmartInitializingSingleton sandboxMountedWarning(SandboxProperties properties) {
        return () -> log.warn("The gateway SANDBOX is mounted at " + properties.path() + ": Cash In, Cashi and PayIn are "
                + "simulated with keys published in Kasir's repository, and anyone who reaches its pay pages can mark a "
                + "payment paid. Never in production (kasir.sandbox.enabled=false). Its control endpoints (order list, "
                + "_sandbox actions, _faults) answer " + (properties.controlFromLoopbackOnly()
                ? "only callers on this machine (kasir.sandbox.control-from-loopback-only=true)."
                : "EVERYONE who reaches this server (kasir.sandbox.control-from-loopback-only=false)."));
    }
}
