package id.kasir.adapters.cashi;

import id.kasir.application.testing.TestKasir;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayDescriptor;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.gateway.PaymentGateway;
import id.kasir.domain.payment.GatewayReport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Kasir's use cases in memory ({@link TestKasir}) with the Cashi webhook endpoint served over real HTTP
 * by a small Spring Boot app built from {@link CashiAutoConfiguration}. The gateway TestKasir calls is set
 * after start-up, because a simulator that sends webhooks needs this app's port first.
 */
final class KasirWithCashiWebhook implements AutoCloseable {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WebhookApp {
    }

    final LateGateway gateway = new LateGateway();
    final TestKasir kasir = new TestKasir(gateway);
    private final ConfigurableApplicationContext context;

    KasirWithCashiWebhook(String... properties) {
        List<String> all = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
                "server.address=127.0.0.1"));
        all.addAll(List.of(properties));
        context = new SpringApplicationBuilder(WebhookApp.class)
                .properties(all.toArray(String[]::new))
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("receiveGatewayNotification", kasir.receiveNotification);
                    ctx.getBeanFactory().registerSingleton("clock", (Clock) kasir.clock);
                })
                .run();
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + port() + "/webhooks/cashi";
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** A gateway whose target is set once the simulator runs. */
    static final class LateGateway implements PaymentGateway {
        volatile PaymentGateway target;

        @Override
        public GatewayDescriptor descriptor() {
            return CashiGateway.DESCRIPTOR;
        }

        @Override
        public GatewayCallResult<GatewayPaymentCreated> create(GatewayPaymentRequest request) {
            return target.create(request);
        }

        @Override
        public GatewayCallResult<GatewayReport> query(GatewayPaymentLookup lookup) {
            return target.query(lookup);
        }
    }
}
