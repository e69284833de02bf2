package id.kasir.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.payout.PayoutRequest;
import id.kasir.application.payout.RequestPayout;
import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.NewPayout;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutStatus;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Payouts through the portal on the embedded default (H2), and the approval in a real headless Chromium:
 * the approver sees what is about to be sent, must acknowledge a name that differs, and approves.
 */
class PayoutsThroughThePortalIT extends PayoutsThroughThePortal {

    @Override
    String[] extraProperties() {
        return new String[0];
    }

    @Test
    void anApproverAcknowledgesADifferentNameAndApprovesInTheBrowser() {
        Payout payout = kasir().bean(RequestPayout.class).request(new PayoutRequest(new NewPayout(
                "E2E-BROWSER-" + UUID.randomUUID().toString().substring(0, 8), EwalletChannel.DANA, "6282222222222",
                Money.idr(30_000), "Budi S."), null), Actor.operator("fina"), null).payout();

        try (PortalBrowser browser = new PortalBrowser(kasir().url(""))) {
            browser.logIn("abdi", PASSWORD);
            browser.open("/admin/payouts/" + payout.id().value());
            browser.element("decide").click();
            assertThat(browser.element("confirm-number").getText()).isEqualTo("6282222222222");
            assertThat(browser.element("confirm-name").getText()).isEqualTo("Budi Santoso");
            assertThat(browser.element("name-mismatch").getText()).contains("Budi S.");

            browser.element("acknowledgeNameMismatch").click();
            browser.element("approve").click();

            assertThat(browser.element("flash-success").getText()).contains("Approved");
            browser.waitFor(d -> {
                d.navigate().refresh();
                return d.findElement(By.id("payout-status")).getText().equals(PayoutStatus.SUCCEEDED.name());
            });
            assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
        }
    }
}
