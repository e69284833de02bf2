package id.kasir.domain.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PayoutTest {

    private static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");

    private static final String MATRIX = """
            from\\to            DRAFT AWAITING_APPROVAL APPROVED PROCESSING SUCCEEDED FAILED REJECTED
            DRAFT              .     Y                 .        .          .         .      .
            AWAITING_APPROVAL  .     .                 Y        .          .         .      Y
            APPROVED           .     .                 .        Y          .         .      .
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
        assertThat(PayoutTransitions.TABLE.flagFor(from, to).isPresent()).isEqualTo(expected == 'F');
    }

    private static Payout draft() {
        return Payout.draft(new PayoutId("po-1"), "KPO1", new Beneficiary(EwalletChannel.DANA, "6281234567890", null),
                Money.idr(50000), "maker", NOW);
    }

    @Test
    void aPayoutIsSubmittedOnlyAfterTheAccountHolderIsConfirmed() {
        Payout payout = draft();
        assertThatThrownBy(() -> payout.submit("maker", NOW)).isInstanceOf(DomainRuleViolation.class);
        payout.confirmBeneficiary("John Doe", NOW);
        payout.submit("maker", NOW);
        assertThat(payout.status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
    }

    @Test
    void theCheckerIsNeverTheMaker() {
        Payout payout = draft();
        payout.confirmBeneficiary("John Doe", NOW);
        payout.submit("maker", NOW);
        assertThatThrownBy(() -> payout.approve("maker", NOW)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("maker");
        assertThatThrownBy(() -> payout.reject("maker", "no", NOW)).isInstanceOf(DomainRuleViolation.class);
        payout.approve("checker", NOW);
        assertThat(payout.status()).isEqualTo(PayoutStatus.APPROVED);
        assertThat(payout.checker()).contains("checker");
    }

    @Test
    void aTransferIsMarkedProcessingBeforeItIsSentAndSettlesOnce() {
        Payout payout = draft();
        payout.confirmBeneficiary("John Doe", NOW);
        payout.submit("maker", NOW);
        payout.approve("checker", NOW);
        payout.sending(NOW);
        assertThat(payout.status()).isEqualTo(PayoutStatus.PROCESSING);
        payout.succeeded("TF1", Actor.gateway("cashin"), NOW);
        payout.succeeded("TF1", Actor.gateway("cashin"), NOW);
        payout.failed("late failure", Actor.gateway("cashin"), NOW);
        assertThat(payout.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(payout.newEvents().stream().filter(e -> e.to() == PayoutStatus.SUCCEEDED)).hasSize(1);
    }
}
