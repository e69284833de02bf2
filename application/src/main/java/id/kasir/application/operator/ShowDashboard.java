package id.kasir.application.operator;

import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures on the ops dashboard: today's and the last seven days' volume (days in the given
 * zone, Asia/Jakarta for the portal), counts by status and by gateway, the success rate, open
 * exceptions and the last reconciliation run.
 */
public final class ShowDashboard {

    static final int DAYS = 7;

    private final PaymentTotals totals;
    private final OpsExceptions opsExceptions;
    private final Clock clock;
    private final ReconciliationRuns reconciliationRuns;

    /** Without reconciliation (e.g. a portal-only test): the last run shows as "not yet". */
    public ShowDashboard(PaymentTotals totals, OpsExceptions opsExceptions, Clock clock) {
        this(totals, opsExceptions, clock, null);
    }

    /** @param reconciliationRuns where the last completed run is read from; null: none */
    public ShowDashboard(PaymentTotals totals, OpsExceptions opsExceptions, Clock clock,
                         ReconciliationRuns reconciliationRuns) {
        this.totals = totals;
        this.opsExceptions = opsExceptions;
        this.clock = clock;
        this.reconciliationRuns = reconciliationRuns;
    }

    /** One day: how many payments were created, how many of them were paid, and the money paid. */
    public record Day(LocalDate date, long created, long paid, Money paidVolume) {
    }

    /**
     * @param successRatePercent PAID / (PAID + FAILED + EXPIRED + CANCELLED) over the seven days, absent
     *                           while none of them has an outcome
     * @param lastReconciliation when the last completed reconciliation run finished; absent before the first
     */
    public record Dashboard(Day today, List<Day> lastSevenDays, Money weekPaidVolume, long weekCreated,
                            Map<PaymentStatus, Long> countsByStatus, Map<GatewayId, Long> countsByGateway,
                            Optional<BigDecimal> successRatePercent, long openExceptions,
                            Optional<Instant> lastReconciliation) {
    }

    public Dashboard show(ZoneId zone) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<Day> days = new ArrayList<>();
        Map<PaymentStatus, Long> byStatus = new EnumMap<>(PaymentStatus.class);
        for (PaymentStatus s : PaymentStatus.values()) {
            byStatus.put(s, 0L);
        }
        Map<GatewayId, Long> byGateway = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        Money weekVolume = Money.idr(0);
        long weekCreated = 0;
        for (int back = DAYS - 1; back >= 0; back--) {
            LocalDate date = today.minusDays(back);
            Instant from = date.atStartOfDay(zone).toInstant();
            Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
            long created = 0;
            long paid = 0;
            Money volume = Money.idr(0);
            for (PaymentTotals.Group g : totals.byGatewayAndStatus(from, to)) {
                created += g.count();
                byStatus.merge(g.status(), g.count(), Long::sum);
                byGateway.merge(g.gateway(), g.count(), Long::sum);
                if (g.status() == PaymentStatus.PAID) {
                    paid += g.count();
                    if (g.amount().currency().equals(volume.currency())) {
                        volume = volume.plus(g.amount());
                    }
                }
            }
            days.add(new Day(date, created, paid, volume));
            weekVolume = weekVolume.plus(volume);
            weekCreated += created;
        }
        return new Dashboard(days.get(days.size() - 1), List.copyOf(days), weekVolume, weekCreated, byStatus, byGateway,
                successRate(byStatus), opsExceptions.countOpen(), lastReconciliation());
    }

    private Optional<Instant> lastReconciliation() {
        return reconciliationRuns == null ? Optional.empty()
                : reconciliationRuns.lastCompleted().flatMap(ReconciliationRun::finished);
    }

    private static Optional<BigDecimal> successRate(Map<PaymentStatus, Long> byStatus) {
        long paid = byStatus.get(PaymentStatus.PAID);
        long decided = paid + byStatus.get(PaymentStatus.FAILED) + byStatus.get(PaymentStatus.EXPIRED)
                + byStatus.get(PaymentStatus.CANCELLED);
        if (decided == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(paid).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP));
    }
}
