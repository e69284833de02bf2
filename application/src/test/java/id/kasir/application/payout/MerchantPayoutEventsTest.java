package id.kasir.application.payout;

import static id.kasir.application.testing.TestPayoutKasir.ABDI;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.merchant.MerchantEvent;
import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.testing.FakePayoutGateway;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutStatus;
import org.junit.jupiter.api.Test;

/** Payout events share the payments' envelope and outbox; the JSON itself is the merchant API's (tested in web-api). */
class MerchantPayoutEventsTest {

    private final TestPayoutKasir kasir = new TestPayoutKasir(new FakePayoutGateway("cashin"));

    @Test
    void aSucceededPayoutIsAnnouncedInTheOutboxWithThePayoutAsItWasAtThatVersion() {
        Payout payout = kasir.requested(50_000);
        kasir.approve.approve(payout.id(), ABDI, new ApprovePayout.Approval(false, null, null), null);
        kasir.refresh.refresh(payout.id(), Actor.system("test"), null);

        MerchantNotification succeeded = kasir.outbox.bySubject(payout.id().value()).stream()
                .filter(n -> n.type().equals("payout.succeeded")).findFirst().orElseThrow();
        MerchantEvent<Payout> event = kasir.payloads.renderedPayouts.stream()
                .filter(e -> e.id().equals(succeeded.eventId())).findFirst().orElseThrow();

        assertThat(event.type()).isEqualTo("payout.succeeded");
        assertThat(event.data().status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(succeeded.payload()).contains("\"type\":\"payout.succeeded\"")
                .contains("\"reference\":\"" + payout.reference() + "\"");
    }

    @Test
    void eachEventOfAPayoutCarriesAHigherVersionThanTheOneBefore() {
        Payout payout = kasir.requested(50_000);
        kasir.approve.approve(payout.id(), ABDI, new ApprovePayout.Approval(false, null, null), null);
        kasir.refresh.refresh(payout.id(), Actor.system("test"), null);

        var versions = kasir.payloads.renderedPayouts.stream()
                .filter(e -> e.data().id().equals(payout.id())).map(MerchantEvent::version).toList();
        assertThat(versions).hasSizeGreaterThanOrEqualTo(3).isSorted().doesNotHaveDuplicates();
    }
}
