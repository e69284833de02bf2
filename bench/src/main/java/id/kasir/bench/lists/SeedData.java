package id.kasir.bench.lists;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Fills a migrated Kasir database on MariaDB with {@code n} payments and what goes with them, in a few
 * {@code INSERT … SELECT} statements over MariaDB's sequence engine ({@code seq_1_to_N}): about 1 million rows a
 * minute or two on the 2-core build machine, instead of an hour through the API.
 *
 * <p>The shape follows what a payments hub holds after ~90 days (DESIGN.md's gateways and statuses): three
 * gateways (cashin 40 %, cashi 30 %, payin 30 %), created evenly over {@link #DAYS} days up to now; 70 % PAID,
 * 18 % EXPIRED, 7 % FAILED, 5 % CANCELLED, with OPEN / PAYING / PENDING only among the newest 0.3 %; amounts from
 * 10,000 to 5,000,000 rupiah; 400 merchants' order ids ({@code INV-042-123456}, four prefixes in mixed case);
 * 60 % with a phone number in the three Indonesian spellings (0812…, 62812…, +62812…), each number reused by about
 * four payments; a gateway reference on every payment that reached a gateway. Per payment two timeline events
 * (created, and the status change for the decided ones), a gateway notification for each PAID or FAILED one
 * (90 % APPLIED, the rest UNCHANGED/DUPLICATE) and a merchant notification (outbox row) for each decided one;
 * an ops exception for 0.5 % of them (open for the last two days' ones); 2 % as many payouts; 10 % as many audit
 * lines.
 *
 * <p>Actors are written as Kasir writes them ({@code KIND:name}, domain Actor); timeline lines carry no text code,
 * so the portal shows their English summary, like lines written before issue 16.
 *
 * <p>Every value is a function of the sequence number, so a harness can name a payment by its number:
 * {@link #paymentId(long)}, {@link #orderId(long)}, {@link #phoneDigits(long)}.
 */
final class SeedData {

    static final int DAYS = 90;
    private static final long SPAN_MS = DAYS * 86_400_000L;

    private SeedData() {
    }

    /** The payment id of sequence number {@code seq}: MD5('p' + seq) shaped as a UUID (version 4 digit set). */
    static String paymentIdSql(String seq) {
        String m = "MD5(CONCAT('p', " + seq + "))";
        return "CONCAT(SUBSTR(" + m + ",1,8),'-',SUBSTR(" + m + ",9,4),'-4',SUBSTR(" + m + ",14,3),'-a',SUBSTR("
                + m + ",18,3),'-',SUBSTR(" + m + ",21,12))";
    }

    static String paymentId(Connection c, long seq) throws SQLException {
        return one(c, "SELECT " + paymentIdSql(Long.toString(seq)));
    }

    /** Merchant {@code seq % 400} with one of four prefixes tied to the merchant, e.g. {@code Ord-041-123457}. */
    static String orderId(long seq) {
        String[] prefixes = {"INV", "Ord", "TRX", "so"};
        return prefixes[(int) (seq % 4)] + "-" + String.format(Locale.ROOT, "%03d", seq % 400) + "-" + seq;
    }

    /** The national digits after 62 (81 + 8 digits); null when the payment has no phone. */
    static String phoneDigits(long seq) {
        return "81" + String.format(Locale.ROOT, "%08d", (seq % 250_000) * 37 % 100_000_000);
    }

    /** The gateway of {@code seq}: cashin for seq % 10 in 0..3, cashi 4..6, payin 7..9. */
    static String gateway(long seq) {
        long g = seq % 10;
        return g < 4 ? "cashin" : g < 7 ? "cashi" : "payin";
    }

    static String gatewayReference(long seq) {
        return switch (gateway(seq)) {
            case "cashin" -> "CI" + String.format(Locale.ROOT, "%012d", seq);
            case "payin" -> "PI-" + (seq * 31);
            default -> null; // cashi's is an MD5 slice: read it from the database
        };
    }

    /** Seeds everything; the database must be migrated and hold no payments. */
    static void seed(Connection c, long n, Progress progress) throws SQLException {
        try (Statement sql = c.createStatement()) {
            sql.execute("SET SESSION foreign_key_checks = 0");
            sql.execute("SET SESSION unique_checks = 0");
            sql.execute("SET @now = UTC_TIMESTAMP(6)");
            for (Step step : steps(n)) {
                long t0 = System.nanoTime();
                int rows = sql.executeUpdate(step.sql());
                progress.done(step.name(), rows, (System.nanoTime() - t0) / 1_000_000);
            }
            sql.execute("SET SESSION foreign_key_checks = 1");
            sql.execute("SET SESSION unique_checks = 1");
            for (String table : List.of("payments", "payment_events", "gateway_notifications", "merchant_notifications",
                    "ops_exceptions", "payouts", "audit_log")) {
                sql.execute("ANALYZE TABLE " + table);
            }
        }
    }

    interface Progress {
        void done(String step, int rows, long millis);
    }

    private record Step(String name, String sql) {
    }

    private static List<Step> steps(long n) {
        long recentFrom = n - n * 3 / 1000; // the newest 0.3 %: the last ~6.5 hours of 90 days
        String payments = """
                INSERT INTO payments (id, order_id, order_key, gateway, method, currency, amount, amount_to_pay,
                    paid_amount, gateway_fee, reference, gateway_reference, checkout_url, qr_content, customer_id,
                    customer_phone, phone_key, customer_name, customer_email, description, status, status_reason,
                    expires_at, created_at, updated_at, paid_at, version)
                SELECT id, order_id, LOWER(order_id), gateway, method, 'IDR', amount,
                    amount + CASE WHEN gateway = 'cashi' THEN seq % 99 ELSE 0 END,
                    CASE WHEN st = 'PAID' THEN amount + CASE WHEN gateway = 'cashi' THEN seq % 99 ELSE 0 END END,
                    CASE WHEN st = 'PAID' THEN ROUND(amount * 0.007, 2) END,
                    CONCAT('K', UPPER(CONV(1700000000000 + seq * 7776, 10, 36)), UPPER(SUBSTR(m, 21, 11))),
                    CASE WHEN st = 'PENDING' THEN NULL
                         WHEN gateway = 'cashin' THEN CONCAT('CI', LPAD(seq, 12, '0'))
                         WHEN gateway = 'cashi' THEN CONCAT('TXN', UPPER(SUBSTR(MD5(CONCAT('g', seq)), 1, 16)))
                         ELSE CONCAT('PI-', seq * 31) END,
                    CASE WHEN method = 'CHECKOUT_PAGE' THEN CONCAT('https://checkout.sandbox.cashin.id/pay/', m) END,
                    CASE WHEN method = 'QRIS' THEN CONCAT('00020101021226670016ID.CO.QRIS.WWW', REPEAT(m, 4), '6304ABCD') END,
                    CONCAT('C-', seq % 250000),
                    CASE WHEN r2 < 400 THEN NULL
                         WHEN r2 % 3 = 0 THEN CONCAT('0', pn) WHEN r2 % 3 = 1 THEN CONCAT('+62', pn) ELSE CONCAT('62', pn) END,
                    CASE WHEN r2 < 400 THEN NULL ELSE CONCAT('62', pn) END,
                    CONCAT('Pelanggan ', seq % 250000),
                    CASE WHEN r2 % 2 = 0 THEN CONCAT('pelanggan', seq % 250000, '@example.id') END,
                    CONCAT('Order ', order_id), st,
                    CASE WHEN st = 'FAILED' THEN 'Declined by the issuer' WHEN st = 'CANCELLED' THEN 'Cancelled by the merchant' END,
                    created + INTERVAL 1 DAY, created, created + INTERVAL (r % 600) SECOND,
                    CASE WHEN st = 'PAID' THEN created + INTERVAL (r % 600) SECOND END, 2
                FROM (SELECT seq, m, r, r2, pn, created, %ID% AS id,
                             CONCAT(ELT(seq % 4 + 1, 'INV', 'Ord', 'TRX', 'so'), '-', LPAD(seq % 400, 3, '0'), '-', seq) AS order_id,
                             CASE WHEN seq % 10 < 4 THEN 'cashin' WHEN seq % 10 < 7 THEN 'cashi' ELSE 'payin' END AS gateway,
                             CASE WHEN seq % 10 < 4 THEN IF(seq % 3 = 0, 'CHECKOUT_PAGE', 'QRIS')
                                  WHEN seq % 10 < 7 THEN 'QRIS' ELSE ELT(seq % 3 + 1, 'VA', 'EWALLET', 'QRIS') END AS method,
                             10000 + (CRC32(CONCAT('a', seq)) % 4990) * 1000 AS amount,
                             CASE WHEN seq > %RECENT% AND r < 300 THEN 'OPEN' WHEN seq > %RECENT% AND r < 340 THEN 'PAYING'
                                  WHEN seq > %RECENT% AND r < 350 THEN 'PENDING' WHEN r < 700 THEN 'PAID'
                                  WHEN r < 880 THEN 'EXPIRED' WHEN r < 950 THEN 'FAILED' ELSE 'CANCELLED' END AS st
                        FROM (SELECT seq, MD5(CONCAT('p', seq)) AS m, CRC32(CONCAT('s', seq)) % 1000 AS r,
                                     CRC32(CONCAT('t', seq)) % 1000 AS r2,
                                     CONCAT('81', LPAD((seq % 250000) * 37 % 100000000, 8, '0')) AS pn,
                                     @now - INTERVAL ((%N% - seq) * %SPAN% DIV %N%) * 1000 MICROSECOND AS created
                                FROM seq_1_to_%N%) s0) s
                """.replace("%ID%", paymentIdSql("seq")).replace("%RECENT%", Long.toString(recentFrom))
                .replace("%SPAN%", Long.toString(SPAN_MS)).replace("%N%", Long.toString(n));
        String created = """
                INSERT INTO payment_events (payment_id, type, from_status, to_status, actor, summary, occurred_at, text_code)
                SELECT id, 'CREATED', NULL, 'OPEN', 'MERCHANT:bench', CONCAT('Payment created at ', gateway), created_at,
                       NULL
                  FROM payments
                """;
        String changed = """
                INSERT INTO payment_events (payment_id, type, from_status, to_status, actor, summary, occurred_at, text_code)
                SELECT id, 'STATUS_CHANGED', 'OPEN', status, CONCAT('GATEWAY:', gateway),
                       CONCAT('Status OPEN -> ', status), updated_at, NULL
                  FROM payments WHERE status IN ('PAID', 'FAILED', 'EXPIRED', 'CANCELLED')
                """;
        String inbox = """
                INSERT INTO gateway_notifications (gateway, dedup_key, first_key, reference, verification, headers, body,
                    remote_address, received_at, outcome, payment_id, detail, processed_at)
                SELECT gateway, CONCAT(gateway_reference, ':', status), CONCAT(gateway_reference, ':', status), reference,
                       IF(gateway = 'cashi', 'UNSIGNED', 'VERIFIED'), 'content-type: application/json',
                       CONCAT('{"reference":"', reference, '","gatewayReference":"', gateway_reference, '","status":"',
                              status, '","amount":', amount_to_pay, ',"signature":"', MD5(id), MD5(reference), '"}'),
                       '10.20.30.40', updated_at,
                       CASE WHEN CRC32(id) % 10 = 0 THEN 'UNCHANGED' WHEN CRC32(id) % 10 = 1 THEN 'DUPLICATE' ELSE 'APPLIED' END,
                       id, NULL, updated_at
                  FROM payments WHERE status IN ('PAID', 'FAILED') AND gateway_reference IS NOT NULL
                """;
        String outbox = """
                INSERT INTO merchant_notifications (event_id, type, subject, payload, status, attempts, next_attempt_at,
                    created_at, delivered_at, last_error)
                SELECT %EVENT%, CONCAT('payment.', LOWER(status)), id,
                       CONCAT('{"type":"payment.', LOWER(status), '","paymentId":"', id, '","orderId":"', order_id,
                              '","amount":', amount_to_pay, '}'),
                       IF(CRC32(id) % 100 = 0, 'DEAD', 'DELIVERED'), IF(CRC32(id) % 100 = 0, 8, 1), updated_at,
                       updated_at, IF(CRC32(id) % 100 = 0, NULL, updated_at + INTERVAL 1 SECOND),
                       IF(CRC32(id) % 100 = 0, 'HTTP 500 from the merchant', NULL)
                  FROM payments WHERE status IN ('PAID', 'FAILED', 'EXPIRED', 'CANCELLED')
                """.replace("%EVENT%", paymentIdSql("CONCAT('e', id)"));
        String exceptions = """
                INSERT INTO ops_exceptions (type, subject, dedup_key, description, raised_at, resolved_at, resolved_by,
                    resolution, state, owner, reported_amount, reported_currency)
                SELECT ELT(CRC32(id) % 5 + 1, 'AMOUNT_MISMATCH', 'UNUSABLE_AMOUNT', 'PAID_AFTER_EXPIRY', 'PAID_AFTER_CLOSE',
                           'UNVERIFIABLE_NOTIFICATION'),
                       id, CONCAT('bench:', id), CONCAT('Seeded exception on ', order_id), updated_at,
                       IF(created_at < @now - INTERVAL 2 DAY, updated_at + INTERVAL 1 HOUR, NULL),
                       IF(created_at < @now - INTERVAL 2 DAY, 'ops1', NULL),
                       IF(created_at < @now - INTERVAL 2 DAY, 'Checked with the gateway', NULL),
                       IF(created_at < @now - INTERVAL 2 DAY, 'RESOLVED', IF(CRC32(id) % 2 = 0, 'OPEN', 'IN_PROGRESS')),
                       IF(CRC32(id) % 2 = 1, 'ops1', NULL), amount_to_pay + 1000, 'IDR'
                  FROM payments WHERE CRC32(CONCAT('x', id)) % 200 = 0
                """;
        long payoutCount = Math.max(1, n / 50);
        String payouts = """
                INSERT INTO payouts (id, reference, partner_reference_no, gateway, channel, customer_number, confirmed_name,
                    expected_name, currency, amount, maker, approvals_required, first_approver, status, gateway_reference,
                    transfer_attempts, first_sent_at, last_sent_at, send_day, status_checks, settled_at, created_at,
                    updated_at, version)
                SELECT %ID%, CONCAT('PO-', LPAD(seq, 9, '0')), CONCAT('BENCH', LPAD(seq, 12, '0')), 'cashin',
                       ELT(seq % 3 + 1, 'DANA', 'OVO', 'GOPAY'), CONCAT('0', '81', LPAD(seq * 7 % 100000000, 8, '0')),
                       CONCAT('Penerima ', seq), CONCAT('Penerima ', seq), 'IDR', 50000 + seq % 200 * 5000,
                       ELT(seq % 3 + 1, 'ops1', 'ops2', 'finance1'), 1, 'finance2',
                       ELT(seq % 10 + 1, 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED',
                           'FAILED', 'REJECTED', 'SUCCEEDED', 'SUCCEEDED'),
                       CONCAT('DIS', seq), 1, created, created, DATE(created), 1, created + INTERVAL 1 MINUTE, created,
                       created + INTERVAL 1 MINUTE, 3
                  FROM (SELECT seq, @now - INTERVAL ((%N% - seq) * %SPAN% DIV %N%) * 1000 MICROSECOND AS created
                          FROM seq_1_to_%N%) s
                """.replace("%ID%", paymentIdSql("CONCAT('po', seq)")).replace("%SPAN%", Long.toString(SPAN_MS))
                .replace("%N%", Long.toString(payoutCount));
        long auditCount = Math.max(1, n / 10);
        String audit = """
                INSERT INTO audit_log (actor, action, target, detail, source_address, occurred_at)
                SELECT ELT(seq % 12 + 1, 'OPERATOR:admin', 'OPERATOR:ops1', 'OPERATOR:ops2', 'OPERATOR:ops3',
                           'OPERATOR:ops4', 'OPERATOR:ops5', 'OPERATOR:finance1', 'OPERATOR:finance2', 'OPERATOR:ops1',
                           'OPERATOR:ops2', 'OPERATOR:ops1', 'SYSTEM:reconciliation'),
                       ELT(seq % 8 + 1, 'login.succeeded', 'payment.requery', 'payments.export', 'payment.ask',
                           'payout.approve', 'login.succeeded', 'exception.resolve', 'payment.cancel'),
                       IF(seq % 8 IN (1, 3, 7), %PID%, NULL), CONCAT('seeded line ', seq), '10.0.0.7',
                       @now - INTERVAL ((%N% - seq) * %SPAN% DIV %N%) * 1000 MICROSECOND
                  FROM seq_1_to_%N%
                """.replace("%PID%", paymentIdSql("seq * 9 % " + n + " + 1")).replace("%SPAN%", Long.toString(SPAN_MS))
                .replace("%N%", Long.toString(auditCount));
        return List.of(new Step("payments", payments), new Step("payment_events CREATED", created),
                new Step("payment_events STATUS_CHANGED", changed), new Step("gateway_notifications", inbox),
                new Step("merchant_notifications", outbox), new Step("ops_exceptions", exceptions),
                new Step("payouts", payouts), new Step("audit_log", audit));
    }

    static String one(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
