package id.kasir.web.api.notification;

import id.kasir.application.merchant.MerchantEvent;
import id.kasir.application.merchant.MerchantEventPayloads;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payout.Payout;
import id.kasir.web.api.payment.PaymentResource;
import id.kasir.web.api.payout.PayoutResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders events with the same Jackson mapper that writes the API's answers, and a payment with the
 * same record ({@link PaymentResource}, {@link PayoutResponse}): an event's {@code data} is byte for byte
 * what {@code GET /api/v1/payments/{id}} (or {@code /payouts/{id}}) answered for that version.
 */
public final class JacksonMerchantEventPayloads implements MerchantEventPayloads {

    private final JsonMapper json;

    public JacksonMerchantEventPayloads(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String paymentEvent(MerchantEvent<Payment> event) {
        return json.writeValueAsString(new MerchantEventBody<>(event.id(), event.type(),
                PaymentResource.stored(event.created()), event.version(), PaymentResource.of(event.data(), event.version())));
    }

    @Override
    public String payoutEvent(MerchantEvent<Payout> event) {
        return json.writeValueAsString(new MerchantEventBody<>(event.id(), event.type(),
                PaymentResource.stored(event.created()), event.version(), PayoutResponse.of(event.data(), event.version())));
    }
}
