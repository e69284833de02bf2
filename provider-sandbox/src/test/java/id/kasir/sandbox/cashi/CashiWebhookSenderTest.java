package id.kasir.sandbox.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.sandbox.SandboxProperties;
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CashiWebhookSenderTest {

    private final FakeMerchant merchant = FakeMerchant.start();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    private final SandboxFaults faults = new SandboxFaults();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T03:00:00Z"));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        merchant.close();
    }

    private CashiWebhookSender sender(String webhookSecret) {
        CashiSandboxProperties properties =
                new CashiSandboxProperties(null, null, webhookSecret, null, null, null, null, null, null, null);
        return new CashiWebhookSender(properties, new SandboxProperties(true, null, null, merchant.baseUrl(), null), faults,
                clock, scheduler, CashiJson.mapper());
    }

    @Test
    void sendsUnsignedWebhooksWhenNoSecretIsConfigured() {
        CashiWebhookSender sender = sender("");

        CashiWebhookSender.WebhookTestResult result = sender.sendTest().join();

        assertThat(result.merchantStatus()).isEqualTo(200);
        assertThat(merchant.nextFor(result.orderId()).headers()).doesNotContainKey("X-Signature");
    }

    @Test
    void stillSendsASignatureTheMerchantCannotVerifyUnderBadSignatureWithoutASecret() {
        CashiWebhookSender sender = sender("");
        faults.add(FaultRule.of("cashi", "webhook", Fault.BAD_NOTIFICATION_SIGNATURE));

        CashiWebhookSender.WebhookTestResult result = sender.sendTest().join();

        assertThat(merchant.nextFor(result.orderId()).headers().get("X-Signature")).matches("[0-9a-f]{64}");
    }

    @Test
    void reportsWhyThereWasNoAnswerWhenTheMerchantIsDown() {
        CashiWebhookSender sender = sender("s");
        merchant.close();

        CashiWebhookSender.WebhookTestResult result = sender.sendTest().join();

        assertThat(result.merchantStatus()).isNull();
        assertThat(result.error()).isNotBlank();
    }
}
