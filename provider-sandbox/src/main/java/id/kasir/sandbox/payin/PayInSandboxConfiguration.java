package id.kasir.sandbox.payin;

import id.kasir.sandbox.SandboxProperties;
import id.kasir.sandbox.SimulatedGateway;
import id.kasir.sandbox.faults.SandboxFaults;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the simulated PayIn; owns its scheduler, which closes with the context. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PayInSandboxProperties.class)
public class PayInSandboxConfiguration {

    private static final Clock CLOCK = Clock.systemUTC();

    @Bean(destroyMethod = "close")
    PayInScheduler payInScheduler() {
        return new PayInScheduler();
    }

    @Bean
    PayInOrderBook payInOrderBook(PayInSandboxProperties properties, SandboxProperties sandbox) {
        String publicBase = sandbox.publicBaseUrl().replaceAll("/+$", "");
        return new PayInOrderBook(properties, publicBase + "/payin", CLOCK);
    }

    @Bean
    PayInCallbackSender payInCallbackSender(PayInSandboxProperties properties, PayInScheduler scheduler, SandboxFaults faults) {
        return new PayInCallbackSender(properties, scheduler, faults, CLOCK);
    }

    @Bean
    PayInOrderActions payInOrderActions(PayInOrderBook book, PayInCallbackSender callbacks, SandboxFaults faults) {
        return new PayInOrderActions(book, callbacks, faults);
    }

    @Bean("payin")
    SimulatedGateway payInSimulatedGateway(PayInOrderBook book) {
        return new PayInSimulatedGateway(book);
    }
}
