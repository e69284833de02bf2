package id.kasir.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The outbox claim only has to outlast one send, and must: see docs/scaling.md. */
class MerchantNotificationPropertiesTest {

    @Test
    void theClaimDefaultsToOneSendPlusAMarginAndFollowsTheTimeOuts() {
        assertThat(new MerchantNotificationProperties(null, null, null, null, null, null, null, null).claimDuration())
                .as("5 s connect + 10 s read + 5 s").isEqualTo(Duration.ofSeconds(20));
        assertThat(new MerchantNotificationProperties(null, null, null, Duration.ofSeconds(2), Duration.ofSeconds(30),
                null, null, null).claimDuration()).isEqualTo(Duration.ofSeconds(37));
    }

    @Test
    void aClaimThatCannotOutlastOneSendIsRefusedAtStartup() {
        assertThatThrownBy(() -> new MerchantNotificationProperties("http://merchant.example/hook", "s", null,
                Duration.ofSeconds(5), Duration.ofSeconds(10), null, null, Duration.ofSeconds(15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claim-duration (PT15S) must be longer than connect-timeout + read-timeout (PT15S)");
    }
}
