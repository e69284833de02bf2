package id.kasir.sandbox.cashi;

import id.kasir.sandbox.SandboxProperties;
import id.kasir.sandbox.SimulatedGateway;
import id.kasir.sandbox.faults.SandboxFaults;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the simulated Cashi. Owns the one small scheduler that sends webhooks, retries them and
 * releases held answers (faults LATENCY / TIMEOUT); it is shut down with the context. Time comes from
 * the application's {@link Clock} if it has exactly one (or a primary one), else the system clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CashiSandboxProperties.class)
public class CashiSandboxConfiguration implements DisposableBean {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, daemonThreads());
    private final Clock clock;

    CashiSandboxConfiguration(ObjectProvider<Clock> clocks) {
        this.clock = clocks.getIfUnique(Clock::systemUTC);
    }

    @Bean
    CashiOrderBook cashiOrderBook(CashiSandboxProperties properties) {
        return new CashiOrderBook(clock, properties);
    }

    @Bean
    CashiWebhookSender cashiWebhookSender(CashiSandboxProperties properties, SandboxProperties sandbox,
                                          SandboxFaults faults) {
        return new CashiWebhookSender(properties, sandbox, faults, clock, scheduler, CashiJson.mapper());
    }

    @Bean
    CashiAnswerFaults cashiAnswerFaults(SandboxFaults faults) {
        return new CashiAnswerFaults(faults, scheduler);
    }

    @Bean
    CashiPayDesk cashiPayDesk(CashiOrderBook book, CashiWebhookSender webhooks, SandboxFaults faults) {
        return new CashiPayDesk(book, webhooks, faults);
    }

    @Bean
    CashiCheckoutLinks cashiCheckoutLinks(SandboxProperties sandbox) {
        return CashiCheckoutLinks.from(sandbox);
    }

    @Bean("cashi")
    SimulatedGateway cashi(CashiOrderBook book) {
        return new CashiSimulatedGateway(book);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "cashi-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
