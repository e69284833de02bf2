package id.kasir.application.testing;

import id.kasir.application.merchant.MerchantEvent;
import id.kasir.application.merchant.MerchantEventPayloads;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payout.Payout;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the events it is asked to render and renders a small JSON of its own (the application has no
 * JSON library; the merchant API's real renderer is tested in web-api).
 */
public final class FakeMerchantEventPayloads implements MerchantEventPayloads {

    public final List<MerchantEvent<Payment>> rendered = new CopyOnWriteArrayList<>();
    public final List<MerchantEvent<Payout>> renderedPayouts = new CopyOnWriteArrayList<>();

    @Override
    public String paymentEvent(MerchantEvent<Payment> event) {
        rendered.add(event);
        Payment p = event.data();
        return "{\"id\":\"" + event.id() + "\",\"type\":\"" + event.type() + "\",\"version\":" + event.version()
                + ",\"data\":{\"id\":\"" + p.id().value() + "\",\"orderId\":\"" + p.orderId() + "\",\"status\":\""
                + p.status() + "\"}}";
    }

    @Override
    public String payoutEvent(MerchantEvent<Payout> event) {
        renderedPayouts.add(event);
        Payout p = event.data();
        return "{\"id\":\"" + event.id() + "\",\"type\":\"" + event.type() + "\",\"version\":" + event.version()
                + ",\"data\":{\"id\":\"" + p.id().value() + "\",\"reference\":\"" + p.reference() + "\",\"status\":\""
                + p.status() + "\"}}";
    }
}
