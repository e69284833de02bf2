package id.kasir.adapters.persistence.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL for {@code reconciliation_runs}, {@code reconciliation_items} and {@code payment_rechecks}. */
@Mapper
interface ReconciliationMapper {

    String RUN_COLUMNS = "id, run_trigger AS runTrigger, business_date AS businessDate, requested_by AS requestedBy, "
            + "started_at AS startedAt, finished_at AS finishedAt, status, in_flight_at_start AS inFlightAtStart";
    String ITEM_COLUMNS = "id, run_id AS runId, payment_id AS paymentId, order_id AS orderId, gateway, outcome, "
            + "unknown_cause AS unknownCause, detail, latency_ms AS latencyMs, recorded_at AS recordedAt";

    @Insert("INSERT INTO reconciliation_runs (id, run_trigger, business_date, requested_by, started_at, status, "
            + "in_flight_at_start) VALUES (#{id}, #{runTrigger}, #{businessDate}, #{requestedBy}, #{startedAt}, "
            + "#{status}, #{inFlightAtStart})")
    void insertRun(ReconciliationRunRow row);

    @Update("UPDATE reconciliation_runs SET status = #{status}, finished_at = #{finishedAt} WHERE id = #{id}")
    int updateRun(@Param("id") long id, @Param("status") String status, @Param("finishedAt") Instant finishedAt);

    @Select("SELECT " + RUN_COLUMNS + " FROM reconciliation_runs WHERE id = #{id}")
    ReconciliationRunRow runById(@Param("id") long id);

    @Select("SELECT " + RUN_COLUMNS + " FROM reconciliation_runs ORDER BY started_at DESC, id DESC LIMIT #{limit}")
    List<ReconciliationRunRow> latestRuns(@Param("limit") int limit);

    @Select("SELECT " + RUN_COLUMNS + " FROM reconciliation_runs WHERE status = 'COMPLETED' "
            + "ORDER BY finished_at DESC, id DESC LIMIT 1")
    ReconciliationRunRow lastCompleted();

    @Select("SELECT COUNT(*) FROM payments WHERE status IN ('PENDING', 'OPEN', 'PAYING') AND created_at < #{before}")
    long countInFlight(@Param("before") Instant before);

    @Insert("INSERT INTO reconciliation_items (run_id, payment_id, order_id, gateway, outcome, unknown_cause, detail, "
            + "latency_ms, recorded_at) VALUES (#{runId}, #{paymentId}, #{orderId}, #{gateway}, #{outcome}, "
            + "#{unknownCause}, #{detail}, #{latencyMs}, #{recordedAt})")
    void insertItem(ReconciliationItemRow row);

    @Select("SELECT outcome AS outcome, COUNT(*) AS n FROM reconciliation_items WHERE run_id = #{runId} GROUP BY outcome")
    List<Map<String, Object>> countsByOutcome(@Param("runId") long runId);

    @Select("SELECT gateway AS gateway, outcome AS outcome, COUNT(*) AS n FROM reconciliation_items "
            + "WHERE run_id = #{runId} GROUP BY gateway, outcome ORDER BY gateway, outcome")
    List<Map<String, Object>> countsByGateway(@Param("runId") long runId);

    @Select("<script>SELECT " + ITEM_COLUMNS + " FROM reconciliation_items WHERE run_id = #{runId} AND id &gt; #{afterId}"
            + "<if test='outcome != null'> AND outcome = #{outcome}</if> ORDER BY id LIMIT #{limit}</script>")
    List<ReconciliationItemRow> items(@Param("runId") long runId, @Param("outcome") String outcome,
                                      @Param("afterId") long afterId, @Param("limit") int limit);

    /**
     * In-flight payments in doubt: still PENDING (the create's outcome was unknown), or named by a
     * notification that was rejected or could not be confirmed; with the janitor's attempts so far.
     */
    @Select("SELECT p.id AS paymentId, "
            + "CASE WHEN p.status = 'PENDING' THEN p.created_at ELSE MIN(n.received_at) END AS since, "
            + "COALESCE(r.attempts, 0) AS attempts "
            + "FROM payments p "
            + "LEFT JOIN payment_rechecks r ON r.payment_id = p.id "
            + "LEFT JOIN gateway_notifications n ON n.gateway = p.gateway "
            + "  AND (n.reference = p.reference OR n.reference = p.gateway_reference) "
            + "  AND n.outcome IN ('REJECTED', 'NOT_CONFIRMED') "
            + "WHERE p.status IN ('PENDING', 'OPEN', 'PAYING') AND COALESCE(r.attempts, 0) < #{maxAttempts} "
            + "GROUP BY p.id, p.status, p.created_at, r.attempts "
            + "HAVING p.status = 'PENDING' OR COUNT(n.id) > 0 "
            + "ORDER BY since, p.id LIMIT #{limit}")
    List<Map<String, Object>> recheckCandidates(@Param("maxAttempts") int maxAttempts, @Param("limit") int limit);

    @Update("UPDATE payment_rechecks SET attempts = #{attempts}, last_checked_at = #{at} WHERE payment_id = #{paymentId}")
    int updateRecheck(@Param("paymentId") String paymentId, @Param("attempts") int attempts, @Param("at") Instant at);

    @Insert("INSERT INTO payment_rechecks (payment_id, attempts, last_checked_at) VALUES (#{paymentId}, #{attempts}, #{at})")
    void insertRecheck(@Param("paymentId") String paymentId, @Param("attempts") int attempts, @Param("at") Instant at);
}
