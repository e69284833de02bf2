package id.kasir.application.payout;

import static id.kasir.application.testing.TestPayoutKasir.ABDI;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.testing.FakePayoutGateway;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payout.Payout;
import org.junit.jupiter.api.Test;

class MerchantPayoutEventsTest {

    private final TestPayoutKasir kasir = new TestPayoutKasir(new FakePayoutGateway("cashin"));

    @Test
    void aSucceededPayoutIsAnnouncedWithItsOwnFieldsInThePaymentsEnvelope() {
        Payout payout = kasir.requested(50_000);
        kasir.approve.approve(payout.id(), ABDI, new ApprovePayout.Approval(false, null, null), null);
        kasir.refresh.refresh(payout.id(), Actor.system("test"), null);

        MerchantNotification succeeded = kasir.outbox.bySubject(payout.id().value()).stream()
                .filter(n -> n.type().equals("payout.succeeded")).findFirst().orElseThrow();

        assertThat(succeeded.payload())
                .startsWith("{\"id\":\"" + succeeded.eventId() + "\",\"type\":\"payout.succeeded\",\"createdAt\":\"")
                .contains("\"data\":{\"id\":\"" + payout.id().value() + "\",\"reference\":\"" + payout.reference() + "\"")
                .contains("\"status\":\"SUCCEEDED\",\"previousStatus\":\"PROCESSING\",\"channel\":\"DANA\"")
                .contains("\"accountName\":\"John Doe\",\"amount\":50000,\"currency\":\"IDR\"")
                .contains("\"gatewayReference\":\"TF-FAKE\",\"statusReason\":null");
    }
}
