package id.kasir.domain.payout;

import static id.kasir.domain.fixtures.PayoutFixtures.CHECKER;
import static id.kasir.domain.fixtures.PayoutFixtures.MAKER;
import static id.kasir.domain.fixtures.PayoutFixtures.NOW;
import static id.kasir.domain.fixtures.PayoutFixtures.SECOND_CHECKER;
import static id.kasir.domain.fixtures.PayoutFixtures.aPayout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.PayoutRuleViolation.Rule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PayoutTest {

    private static final Actor GATEWAY = Actor.gateway("cashin");
    private static final Duration GRACE = Duration.ofMinutes(5);

    private static final String MATRIX = """
            from\\to            DRAFT AWAITING_APPROVAL APPROVED PROCESSING SUCCEEDED FAILED REJECTED
            DRAFT              .     Y                 .        .          .         .      .
            AWAITING_APPROVAL  .     .                 Y        .          .         .      Y
            APPROVED           .     .                 .        Y          .         Y      .
            PROCESSING         .     .                 .        .          Y         Y      .
            SUCCEEDED          .     .                 .        .          .         .      .
            FAILED             .     .                 .        .          F         .      .
            REJECTED           .     .                 .        .          .         .      .
            """;

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        PayoutStatus[] columns = PayoutStatus.values();
        for (String row : MATRIX.lines().skip(1).toList()) {
            String[] cells = row.trim().split("\\s+");
            for (int i = 0; i < columns.length; i++) {
                pairs.add(Arguments.of(PayoutStatus.valueOf(cells[0]), columns[i], cells[i + 1].charAt(0)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void theTableAllowsExactlyTheDesignedChanges(PayoutStatus from, PayoutStatus to, char expected) {
        assertThat(PayoutTransitions.TABLE.allows(from, to)).isEqualTo(expected != '.');
        assertThat(PayoutTransitions.flagFor(from, to).isPresent()).isEqualTo(expected == 'F');
    }

    private static TransferReport query(TransferOutcome outcome) {
        return new TransferReport(outcome, null, "TF-1", outcome.name(), TransferReport.Source.STATUS_QUERY);
    }

    private static TransferReport succeededFor(Money amount) {
        return new TransferReport(TransferOutcome.SUCCEEDED, amount, "TF-1", "00 Success", TransferReport.Source.STATUS_QUERY);
    }

    @Test
    void aRequestedPayoutWaitsForApprovalWithTheConfirmedAndTheExpectedName() {
        Payout payout = aPayout().expecting("Siti Aminah").confirmedAs("SITI  AMINAH.").build();

        assertThat(payout.status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(payout.beneficiary().confirmedName()).isEqualTo("SITI  AMINAH.");
        assertThat(payout.beneficiary().expectedName()).isEqualTo("Siti Aminah");
        assertThat(payout.beneficiary().nameCheck()).isEqualTo(NameCheck.MATCHES);
        assertThat(payout.newEvents()).extracting(PayoutEvent::type).containsExactly(PayoutEventType.REQUESTED,
                PayoutEventType.GATEWAY_CALL, PayoutEventType.BENEFICIARY_CONFIRMED, PayoutEventType.STATUS_CHANGED);
        assertThat(payout.newEvents().get(0).summary()).contains("6281****7890").doesNotContain("6281234567890");
    }

    @Test
    void theMakerNeverApprovesOrRejectsTheirOwnPayout() {
        Payout payout = aPayout().build();

        assertThatThrownBy(() -> payout.approve(MAKER, 1, true, null, NOW)).isInstanceOf(PayoutRuleViolation.class)
                .extracting(e -> ((PayoutRuleViolation) e).rule()).isEqualTo(Rule.MAKER_CANNOT_DECIDE);
        assertThatThrownBy(() -> payout.reject(MAKER, "no", NOW)).isInstanceOf(PayoutRuleViolation.class)
                .extracting(e -> ((PayoutRuleViolation) e).rule()).isEqualTo(Rule.MAKER_CANNOT_DECIDE);
        assertThat(payout.status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
    }

    @Test
    void onlyAPersonDecidesAndAPayoutAnApiKeyMadeIsApprovedByAnyOtherPerson() {
        Payout payout = aPayout().madeBy(Actor.merchant("shop-key")).build();

        assertThatThrownBy(() -> payout.approve(Actor.merchant("shop-key"), 1, true, null, NOW))
                .extracting(e -> ((PayoutRuleViolation) e).rule()).isEqualTo(Rule.CHECKER_MUST_BE_A_PERSON);
        payout.approve(CHECKER, 1, false, null, NOW);

        assertThat(payout.status()).isEqualTo(PayoutStatus.APPROVED);
        assertThat(payout.firstApprover()).contains(CHECKER);
    }

    @Test
    void aLargePayoutNeedsTwoDifferentApprovers() {
        Payout payout = aPayout().needingApprovals(2).build();

        payout.approve(CHECKER, 2, false, "looks right", NOW);
        assertThat(payout.status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(payout.approvals()).isEqualTo(1);
        assertThatThrownBy(() -> payout.approve(CHECKER, 2, false, null, NOW))
                .extracting(e -> ((PayoutRuleViolation) e).rule()).isEqualTo(Rule.SAME_APPROVER_TWICE);

        payout.approve(SECOND_CHECKER, 2, false, null, NOW);

        assertThat(payout.status()).isEqualTo(PayoutStatus.APPROVED);
        assertThat(payout.secondApprover()).contains(SECOND_CHECKER);
        assertThat(payout.newEvents()).extracting(PayoutEvent::type).contains(PayoutEventType.APPROVAL_RECORDED);
    }

    @Test
    void aThresholdLoweredAfterTheRequestStillAsksForASecondApproverButNeverLowersOne() {
        Payout raised = aPayout().needingApprovals(1).build();
        raised.approve(CHECKER, 2, false, null, NOW);
        assertThat(raised.status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);

        Payout kept = aPayout().needingApprovals(2).build();
        kept.approve(CHECKER, 1, false, null, NOW);
        assertThat(kept.status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
    }

    @Test
    void aNameThatDiffersFromTheExpectedOneMustBeAcknowledged() {
        Payout payout = aPayout().expecting("Budi Santoso").confirmedAs("John Doe").build();
        assertThat(payout.beneficiary().nameCheck()).isEqualTo(NameCheck.DIFFERS);

        assertThatThrownBy(() -> payout.approve(CHECKER, 1, false, null, NOW))
                .extracting(e -> ((PayoutRuleViolation) e).rule()).isEqualTo(Rule.NAME_MISMATCH_NOT_ACKNOWLEDGED);
        payout.approve(CHECKER, 1, true, null, NOW);

        assertThat(payout.status()).isEqualTo(PayoutStatus.APPROVED);
        assertThat(payout.nameMismatchAcknowledgedBy()).contains(CHECKER);
    }

    @Test
    void aRejectionNeedsAReasonAndSendsNothing() {
        Payout payout = aPayout().build();
        assertThatThrownBy(() -> payout.reject(CHECKER, "  ", NOW))
                .extracting(e -> ((PayoutRuleViolation) e).rule()).isEqualTo(Rule.REASON_REQUIRED);

        payout.reject(CHECKER, "wrong customer", NOW);

        assertThat(payout.status()).isEqualTo(PayoutStatus.REJECTED);
        assertThat(payout.statusReason()).contains("wrong customer");
        assertThat(payout.rejectedBy()).contains(CHECKER);
        assertThatThrownBy(() -> payout.startSending(LocalDate.now(), NOW, NOW))
                .extracting(e -> ((PayoutRuleViolation) e).rule()).isEqualTo(Rule.WRONG_STATUS);
        assertThatThrownBy(() -> payout.approve(SECOND_CHECKER, 1, true, null, NOW))
                .extracting(e -> ((PayoutRuleViolation) e).rule()).isEqualTo(Rule.WRONG_STATUS);
    }

    @Test
    void onlyAnApprovedPayoutIsSentAndItIsMarkedProcessingFirst() {
        assertThatThrownBy(() -> aPayout().build().startSending(LocalDate.of(2026, 11, 21), NOW, NOW))
                .isInstanceOf(PayoutRuleViolation.class);
        Payout payout = aPayout().approved();

        payout.startSending(LocalDate.of(2026, 11, 21), NOW.plusSeconds(5), NOW);

        assertThat(payout.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(payout.transferAttempts()).isEqualTo(1);
        assertThat(payout.sendDay()).contains(LocalDate.of(2026, 11, 21));
        assertThat(payout.nextCheckAt()).contains(NOW.plusSeconds(5));
        assertThat(payout.toTransferOrder().partnerReferenceNo()).isEqualTo(payout.partnerReferenceNo());
    }

    @Test
    void aPayoutALimitRefusesJustBeforeSendingFailsUnsent() {
        Payout payout = aPayout().approved();

        payout.notSent("the day's limit is reached", NOW);

        assertThat(payout.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(payout.transferAttempts()).isZero();
        assertThat(payout.statusReason()).contains("not sent: the day's limit is reached");
    }

    @Test
    void applyingTheSameReportTwiceChangesNothingTheSecondTime() {
        Payout payout = aPayout().processing();

        assertThat(payout.apply(succeededFor(Money.idr(50_000)), GATEWAY, NOW)).isInstanceOf(PayoutReportOutcome.Applied.class);
        assertThat(payout.apply(succeededFor(Money.idr(50_000)), GATEWAY, NOW))
                .isEqualTo(new PayoutReportOutcome.Unchanged(PayoutStatus.SUCCEEDED));
        assertThat(payout.apply(query(TransferOutcome.PROCESSING), GATEWAY, NOW))
                .isInstanceOf(PayoutReportOutcome.Ignored.class);

        assertThat(payout.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(payout.gatewayReference()).contains("TF-1");
        assertThat(payout.newEvents().stream().filter(e -> e.to() == PayoutStatus.SUCCEEDED
                && e.type() == PayoutEventType.STATUS_CHANGED)).hasSize(1);
    }

    @Test
    void aLateFailureAfterSuccessIsNotAppliedButReturnedForOps() {
        Payout payout = aPayout().processing();
        payout.apply(query(TransferOutcome.SUCCEEDED), GATEWAY, NOW);

        PayoutReportOutcome late = payout.apply(query(TransferOutcome.FAILED), GATEWAY, NOW);

        assertThat(late).isEqualTo(new PayoutReportOutcome.FailedAfterSuccess("FAILED"));
        assertThat(payout.status()).isEqualTo(PayoutStatus.SUCCEEDED);
    }

    @Test
    void successAfterAFailureIsBelievedAndFlagged() {
        Payout payout = aPayout().processing();
        payout.apply(query(TransferOutcome.FAILED), GATEWAY, NOW);

        PayoutReportOutcome outcome = payout.apply(query(TransferOutcome.SUCCEEDED), GATEWAY, NOW);

        assertThat(outcome).isEqualTo(new PayoutReportOutcome.Applied(PayoutStatus.FAILED, PayoutStatus.SUCCEEDED,
                java.util.Optional.of(PayoutFlag.SUCCEEDED_AFTER_FAILURE)));
        assertThat(payout.status()).isEqualTo(PayoutStatus.SUCCEEDED);
    }

    @Test
    void successForAnotherAmountOrCurrencyIsNotApplied() {
        Payout payout = aPayout().processing();

        assertThat(payout.apply(succeededFor(Money.idr(49_999)), GATEWAY, NOW))
                .isEqualTo(new PayoutReportOutcome.AmountMismatch(Money.idr(50_000), Money.idr(49_999)));
        assertThat(payout.apply(succeededFor(Money.of("50000", "USD")), GATEWAY, NOW))
                .isInstanceOf(PayoutReportOutcome.AmountMismatch.class);
        assertThat(payout.status()).isEqualTo(PayoutStatus.PROCESSING);
    }

    @Test
    void aReportForAPayoutNotSentIsIgnored() {
        Payout payout = aPayout().approved();

        assertThat(payout.apply(query(TransferOutcome.SUCCEEDED), GATEWAY, NOW))
                .isInstanceOf(PayoutReportOutcome.Ignored.class);
        assertThat(payout.status()).isEqualTo(PayoutStatus.APPROVED);
    }

    @Test
    void theSameTransferIsSentAgainOnlyAfterNotFoundPastTheGracePeriod() {
        Payout payout = aPayout().processing();
        assertThat(payout.mayResend(GRACE, 3)).isFalse();

        payout.apply(query(TransferOutcome.NOT_FOUND), GATEWAY, NOW.plus(Duration.ofMinutes(1)));
        assertThat(payout.mayResend(GRACE, 3)).as("not found, but within the grace period").isFalse();
        assertThatThrownBy(() -> payout.resend(GRACE, 3, NOW, NOW.plus(Duration.ofMinutes(6))))
                .extracting(e -> ((PayoutRuleViolation) e).rule()).isEqualTo(Rule.RESEND_NOT_ALLOWED);

        payout.apply(query(TransferOutcome.NOT_FOUND), GATEWAY, NOW.plus(GRACE));
        assertThat(payout.mayResend(GRACE, 3)).isTrue();

        String reference = payout.partnerReferenceNo();
        payout.resend(GRACE, 3, NOW.plus(Duration.ofMinutes(6)), NOW.plus(GRACE));

        assertThat(payout.transferAttempts()).isEqualTo(2);
        assertThat(payout.toTransferOrder().partnerReferenceNo()).isEqualTo(reference);
        assertThat(payout.mayResend(GRACE, 3)).as("until the next not found").isFalse();
        assertThat(payout.newEvents()).extracting(PayoutEvent::type).contains(PayoutEventType.TRANSFER_RESENT);
    }

    @Test
    void anyOtherAnswerAfterNotFoundTakesBackThePermissionToResend() {
        Payout payout = aPayout().processing();
        payout.apply(query(TransferOutcome.NOT_FOUND), GATEWAY, NOW.plus(GRACE));

        payout.apply(query(TransferOutcome.PROCESSING), GATEWAY, NOW.plus(GRACE).plusSeconds(1));

        assertThat(payout.mayResend(GRACE, 3)).isFalse();
    }

    @Test
    void theLastAllowedAttemptThatIsNotFoundNeverArrived() {
        Payout payout = aPayout().processing();
        payout.apply(query(TransferOutcome.NOT_FOUND), GATEWAY, NOW.plus(GRACE));

        assertThat(payout.mayResend(GRACE, 1)).isFalse();
        assertThat(payout.neverArrived(GRACE, 1)).isTrue();
        assertThat(payout.neverArrived(GRACE, 2)).isFalse();
    }

    @Test
    void aNewPayoutIsRupiahWholeAndItsReferenceHasNoInvisibleCharacters() {
        assertThatThrownBy(() -> request("R-1", Money.of("50000", "USD"))).hasMessageContaining("IDR");
        assertThatThrownBy(() -> request("R-1", Money.idr("50000.50"))).hasMessageContaining("whole");
        assertThatThrownBy(() -> request("R-1", Money.idr(0))).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> request("R\u202E1", Money.idr(1000))).hasMessageContaining("invisible");
        assertThatThrownBy(() -> request("R\u00001", Money.idr(1000))).hasMessageContaining("invisible");
        assertThatThrownBy(() -> request("R\uD8001", Money.idr(1000))).hasMessageContaining("invisible");
        assertThatThrownBy(() -> request(" R-1", Money.idr(1000))).hasMessageContaining("spaces");
        assertThatThrownBy(() -> request("R".repeat(65), Money.idr(1000))).hasMessageContaining("64");
        assertThat(request("R-\uD83D\uDE00-1", Money.idr(1000)).reference()).isEqualTo("R-\uD83D\uDE00-1");
    }

    @Test
    void aCustomerNumberIsAnIndonesianMobileNumberIn628Form() {
        assertThat(CustomerNumber.require("62812345678")).isEqualTo("62812345678");
        assertThat(CustomerNumber.require("62812345678901")).isEqualTo("62812345678901");
        for (String bad : new String[]{"081234567890", "+6281234567890", "6221234567890", "6281234567", "628123456789012",
                "62812 3456789", "6281234567890\n", "٦٢٨١٢٣٤٥٦٧٨٩"}) {
            assertThatThrownBy(() -> CustomerNumber.require(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(CustomerNumber.masked("6281234567890")).isEqualTo("6281****7890");
    }

    @Test
    void namesCompareWithoutCaseAccentsPunctuationOrExtraSpaces() {
        assertThat(PersonName.same("Siti Aminah", " SITI  aminah. ")).isTrue();
        assertThat(PersonName.same("José Ramírez", "JOSE RAMIREZ")).isTrue();
        assertThat(PersonName.same("Siti Aminah", "Siti A.")).isFalse();
        assertThat(PersonName.same("Budi", "Budi Santoso")).isFalse();
    }

    private static NewPayout request(String reference, Money amount) {
        return new NewPayout(reference, EwalletChannel.OVO, "6281234567890", amount, null);
    }
}
