package id.kasir.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.merchant.MerchantNotification;
import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API's answer and the {@code data} of the event for the same payment at the same version are
 * the same JSON, field for field; the envelope says the version to order by.
 */
class OneShapeOfAPaymentTest extends MerchantApiTestBase {

    @Test
    void thePaidEventsDataIsExactlyWhatTheApiAnswersForThePaidPayment() {
        JsonNode created = ApiClient.json(api.post("/api/v1/payments", body(newOrderId(), "cashi", "QRIS", 15000)));
        String id = created.get("id").asString();
        kasir.applyGatewayStatus.apply(new PaymentId(id), GatewayReport.of(PaymentStatus.PAID, Money.idr(15042),
                GatewayReport.Source.NOTIFICATION).withFee(Money.idr(150)), Actor.gateway("cashi"));

        JsonNode fetched = ApiClient.json(api.get("/api/v1/payments/" + id));
        JsonNode paid = event(id, "payment.paid");

        assertThat(paid.propertyNames()).containsExactly("id", "type", "created", "version", "data");
        assertThat(paid.get("data")).isEqualTo(fetched);
        assertThat(paid.get("version").asLong()).isEqualTo(fetched.get("version").asLong());
        assertThat(fetched.get("paidAmount").asLong()).isEqualTo(15042);
        assertThat(fetched.get("fee").asLong()).isEqualTo(150);
        assertThat(fetched.get("paidAt").asString()).isEqualTo(paid.get("created").asString());
        assertThat(fetched.get("instructions").get("qrImageUrl").asString()).startsWith("data:image/png");
    }

    @Test
    void theOpenEventShowsThePaymentAsItWasAtItsVersionAndEachLaterEventHasAHigherOne() {
        JsonNode created = ApiClient.json(api.post("/api/v1/payments", body(newOrderId(), "cashin", "QRIS", 15000)));
        String id = created.get("id").asString();
        kasir.applyGatewayStatus.apply(new PaymentId(id), GatewayReport.of(PaymentStatus.PAID, Money.idr(15000),
                GatewayReport.Source.NOTIFICATION), Actor.gateway("cashin"));

        JsonNode open = event(id, "payment.open");
        JsonNode paid = event(id, "payment.paid");

        assertThat(open.get("data")).as("the create answer and the open event: one payment, one version")
                .isEqualTo(created);
        assertThat(open.get("data").get("status").asString()).isEqualTo("OPEN");
        assertThat(open.get("version").asLong()).isLessThan(paid.get("version").asLong());
        assertThat(paid.get("data").get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void anEndedPaymentExplainsItselfTheSameWayInBoth() {
        String orderId = newOrderId();
        cashin.onCreate(r -> id.kasir.domain.gateway.GatewayCallResult.declined("4037", "Merchant is not active",
                id.kasir.domain.gateway.GatewayExchange.none("create")));
        JsonNode failed = ApiClient.json(api.post("/api/v1/payments", body(orderId, "cashin", "QRIS", 15000)));

        assertThat(failed.get("statusReason").asString()).isEqualTo("4037: Merchant is not active");
        assertThat(event(failed.get("id").asString(), "payment.failed").get("data")).isEqualTo(failed);
    }

    private JsonNode event(String paymentId, String type) {
        List<MerchantNotification> rows = kasir.outbox.bySubject(paymentId).stream()
                .filter(n -> n.type().equals(type)).toList();
        assertThat(rows).hasSize(1);
        JsonNode body = ApiClient.JSON.readTree(rows.get(0).payload());
        assertThat(body.get("id").asString()).isEqualTo(rows.get(0).eventId());
        assertThat(body.get("type").asString()).isEqualTo(type);
        return body;
    }
}
