package id.kasir.sandbox;

import id.kasir.sandbox.faults.SandboxFaults;
import id.kasir.sandbox.faults.SandboxFaultsController;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * Mounts the simulated gateways in the running application when {@code kasir.sandbox.enabled=true}
 * (the embedded default). Each gateway's simulator lives in its own package, found by the scan below.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "kasir.sandbox.enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxProperties.class)
@ComponentScan({"id.kasir.sandbox.cashin", "id.kasir.sandbox.cashi", "id.kasir.sandbox.payin", "id.kasir.sandbox.web"})
public class SandboxAutoConfiguration {

    @Bean
    SandboxFaults sandboxFaults() {
        return new SandboxFaults();
    }

    @Bean
    SandboxFaultsController sandboxFaultsController(SandboxFaults faults) {
        return new SandboxFaultsController(faults);
    }
}
