package id.kasir.application.payout;

import static id.kasir.application.testing.TestPayoutKasir.ABDI;
import static id.kasir.application.testing.TestPayoutKasir.CITRA;
import static id.kasir.application.testing.TestPayoutKasir.FAY;
import static id.kasir.application.testing.TestPayoutKasir.FINA;
import static id.kasir.application.testing.TestPayoutKasir.newPayout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.testing.FakePayoutGateway;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutRuleViolation;
import id.kasir.domain.payout.PayoutStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovePayoutTest {

    private static final ApprovePayout.Approval PLAIN = new ApprovePayout.Approval(false, null, null);

    private final FakePayoutGateway cashin = new FakePayoutGateway("cashin");
    private final TestPayoutKasir kasir = new TestPayoutKasir(cashin);

    private Payout approve(Payout payout, id.kasir.domain.common.Actor who, ApprovePayout.Approval approval) {
        return kasir.approve.approve(payout.id(), who, approval, "10.0.0.2");
    }

    private List<String> audit() {
        return kasir.audit.recent(null, 50).stream().map(AuditTrail.StoredAuditEntry::entry)
                .map(e -> e.action() + ":" + e.actor().name()).toList();
    }

    @Test
    void anApprovalSendsTheTransferOnceAndTheMerchantHearsOfEachStep() {
        Payout payout = kasir.requested(50_000);

        Payout sent = approve(payout, ABDI, PLAIN);

        assertThat(sent.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(cashin.transfers).hasSize(1);
        assertThat(cashin.transfers.get(0).partnerReferenceNo()).isEqualTo(payout.partnerReferenceNo());
        assertThat(sent.firstApprover()).contains(ABDI);
        assertThat(kasir.events(payout)).containsExactly("payout.awaiting_approval", "payout.approved", "payout.processing");
        assertThat(audit()).contains("payout.approve:abdi");
    }

    @Test
    void theMakerIsRefusedInTheUseCaseWhateverRolesTheyHold() {
        Payout byFay = kasir.request.request(new PayoutRequest(newPayout(50_000, "6281234567890", null), null), FAY, null)
                .payout();

        assertThatThrownBy(() -> approve(byFay, FAY, PLAIN)).isInstanceOf(PayoutRuleViolation.class)
                .satisfies(e -> assertThat(((PayoutRuleViolation) e).rule())
                        .isEqualTo(PayoutRuleViolation.Rule.MAKER_CANNOT_DECIDE));
        assertThatThrownBy(() -> kasir.reject.reject(byFay.id(), FAY, "mine", null))
                .isInstanceOf(PayoutRuleViolation.class);
        assertThat(kasir.current(byFay).status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(cashin.transfers).isEmpty();
    }

    @Test
    void onlyAnApproverDecides() {
        Payout payout = kasir.requested(50_000);

        assertThatThrownBy(() -> approve(payout, FINA, PLAIN))
                .satisfies(e -> assertThat(((PayoutRefused) e).reason()).isEqualTo(PayoutRefused.Reason.NOT_PERMITTED));
        assertThatThrownBy(() -> kasir.reject.reject(payout.id(), FINA, "no", null)).isInstanceOf(PayoutRefused.class);
    }

    @Test
    void aPayoutAboveTheThresholdNeedsASecondDifferentApprover() {
        Payout payout = kasir.requested(6_000_000);
        assertThat(payout.approvalsRequired()).isEqualTo(2);

        Payout once = approve(payout, ABDI, PLAIN);
        assertThat(once.status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> approve(payout, ABDI, PLAIN)).isInstanceOf(PayoutRuleViolation.class);
        assertThat(cashin.transfers).isEmpty();

        Payout twice = approve(payout, CITRA, PLAIN);

        assertThat(twice.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(twice.secondApprover()).contains(CITRA);
        assertThat(cashin.transfers).hasSize(1);
    }

    @Test
    void aNameMismatchIsApprovedOnlyWhenAcknowledged() {
        Payout payout = kasir.request.request(new PayoutRequest(newPayout(50_000, "6281234567890", "Budi Santoso"), null),
                FINA, null).payout();

        assertThatThrownBy(() -> approve(payout, ABDI, PLAIN)).isInstanceOf(PayoutRuleViolation.class)
                .hasMessageContaining("John Doe").hasMessageContaining("Budi Santoso");
        Payout sent = approve(payout, ABDI, new ApprovePayout.Approval(true, "customer changed name", null));

        assertThat(sent.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(sent.nameMismatchAcknowledgedBy()).contains(ABDI);
    }

    @Test
    void aPayoutChangedSinceTheApproverLookedIsNotApproved() {
        Payout payout = kasir.requested(6_000_000);
        long shown = kasir.current(payout).version();
        approve(payout, CITRA, PLAIN);

        assertThatThrownBy(() -> approve(payout, ABDI, new ApprovePayout.Approval(false, null, shown)))
                .satisfies(e -> assertThat(((PayoutRuleViolation) e).rule())
                        .isEqualTo(PayoutRuleViolation.Rule.CHANGED_SINCE_SHOWN));
    }

    @Test
    void aRejectedPayoutIsNeverSent() {
        Payout payout = kasir.requested(50_000);

        Payout rejected = kasir.reject.reject(payout.id(), ABDI, "duplicate of PO-7", "10.0.0.2");

        assertThat(rejected.status()).isEqualTo(PayoutStatus.REJECTED);
        assertThat(rejected.statusReason()).contains("duplicate of PO-7");
        assertThat(kasir.events(payout)).containsExactly("payout.awaiting_approval", "payout.rejected");
        assertThatThrownBy(() -> approve(payout, CITRA, PLAIN)).isInstanceOf(PayoutRuleViolation.class);
        assertThat(cashin.transfers).isEmpty();
        assertThat(audit()).contains("payout.reject:abdi");
    }

    @Test
    void theDailyLimitIsCheckedAgainAtApproval() {
        TestPayoutKasir small = new TestPayoutKasir(cashin, new PayoutPolicy(kasir.policy.gateway(),
                id.kasir.domain.money.Money.idr(10_000), id.kasir.domain.money.Money.idr(60_000),
                id.kasir.domain.money.Money.idr(100_000), id.kasir.domain.money.Money.idr(60_000),
                kasir.policy.businessZone(), kasir.policy.notFoundGracePeriod(), 3, kasir.policy.statusCheckBackoff(),
                kasir.policy.unsentAfter()));
        Payout first = small.requested(60_000);
        Payout second = small.requested(50_000);
        small.approve.approve(first.id(), ABDI, PLAIN, null);

        assertThatThrownBy(() -> small.approve.approve(second.id(), ABDI, PLAIN, null))
                .satisfies(e -> assertThat(((PayoutRefused) e).reason()).isEqualTo(PayoutRefused.Reason.OVER_DAILY_LIMIT))
                .hasMessageContaining("40000");
        assertThat(small.current(second).status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(small.find.today().remaining()).isEqualTo(id.kasir.domain.money.Money.idr(40_000));
    }
}
