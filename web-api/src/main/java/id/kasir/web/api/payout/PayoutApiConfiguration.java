package id.kasir.web.api.payout;

import id.kasir.application.merchant.MerchantEventPayloads;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.merchant.MerchantPayoutNotifications;
import id.kasir.application.payout.FindPayouts;
import id.kasir.application.payout.InquirePayoutAccount;
import id.kasir.application.payout.RequestPayout;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The payouts part of the merchant API, when the application has the payout use cases: the endpoints,
 * their problems, and the {@code payout.*} events into the merchant-notification outbox (picked up by the
 * composition root's payout writer as a status listener).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(RequestPayout.class)
@Import(PayoutProblems.class)
public class PayoutApiConfiguration {

    @Bean
    PayoutsController merchantPayoutsController(InquirePayoutAccount inquire, RequestPayout request, FindPayouts find) {
        return new PayoutsController(inquire, request, find);
    }

    @Bean
    @ConditionalOnMissingBean
    MerchantPayoutNotifications merchantPayoutNotifications(MerchantNotificationOutbox outbox,
                                                            MerchantEventPayloads payloads, Clock clock) {
        return new MerchantPayoutNotifications(outbox, payloads, clock);
    }
}
