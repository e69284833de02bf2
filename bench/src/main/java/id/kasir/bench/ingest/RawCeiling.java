package id.kasir.bench.ingest;

import id.kasir.bench.support.FixedConcurrency;
import id.kasir.bench.support.KasirProcess;
import id.kasir.bench.support.Measurement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The raw ceiling of the database for one notification: what Kasir writes for a Cash In "paid" notify, by plain JDBC
 * on Kasir's own tables, in ONE transaction with one commit (Kasir uses several): the message id (replay guard), the
 * inbox row, the payment read by reference, its update to PAID (optimistic version check), its timeline event, the
 * merchant's outbox event, the inbox row's outcome. Same driver, same URL (no extra driver settings), one connection
 * per thread in flight. Its own payments are inserted straight into the table beforehand (gateway {@code ceiling},
 * so its rows are told apart from Kasir's).
 */
final class RawCeiling implements AutoCloseable {

    private static final String BODY = "{\"originalPartnerReferenceNo\":\"PAY000000000000\",\"originalReferenceNo\":\"%s\","
            + "\"latestTransactionStatus\":\"00\",\"amount\":{\"value\":\"15000.00\",\"currency\":\"IDR\"}}";
    private static final String PAYLOAD = "{\"id\":\"%s\",\"type\":\"payment.paid\",\"data\":{\"id\":\"%s\",\"status\":\"PAID\","
            + "\"amount\":15000,\"amountToPay\":15000,\"paidAmount\":15000}}";

    private final KasirProcess kasir;
    private final BlockingQueue<Connection> connections;
    private final List<String> references = new ArrayList<>();

    RawCeiling(KasirProcess kasir, int maxConcurrency) throws SQLException {
        this.kasir = kasir;
        this.connections = new ArrayBlockingQueue<>(maxConcurrency);
        for (int i = 0; i < maxConcurrency; i++) {
            Connection connection = kasir.connect();
            connection.setAutoCommit(false);
            connections.add(connection);
        }
    }

    /** Inserts {@code count} OPEN payments for the ceiling to pay (in batches; not measured). */
    void seed(int count) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection db = kasir.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO payments (id, order_id, order_key, gateway, method, currency, amount, amount_to_pay, reference,"
                        + " gateway_reference, status, expires_at, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, 'ceiling', 'QRIS', 'IDR', 15000, 15000, ?, ?, 'OPEN', ?, ?, ?, 0)")) {
            db.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String reference = "CEIL" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, "ORDER-" + reference);
                insert.setString(3, ("ORDER-" + reference).toLowerCase());
                insert.setString(4, reference);
                insert.setString(5, "PAY" + reference);
                insert.setTimestamp(6, Timestamp.valueOf(now.plusHours(1)));
                insert.setTimestamp(7, Timestamp.valueOf(now));
                insert.setTimestamp(8, Timestamp.valueOf(now));
                insert.addBatch();
                references.add(reference);
                if (i % 500 == 499) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            db.commit();
        }
    }

    /** Pays the ceiling's payments {@code from .. from+count-1} with {@code concurrency} transactions in flight. */
    Measurement run(String label, int concurrency, int from, int count) {
        return FixedConcurrency.run(label, concurrency, count, i -> {
            Connection db = connections.take();
            try {
                return notificationTransaction(db, references.get(from + i));
            } finally {
                connections.put(db);
            }
        });
    }

    private static boolean notificationTransaction(Connection db, String reference) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        String externalId = Long.toString(System.nanoTime());
        try {
            try (PreparedStatement messageId = db.prepareStatement("INSERT INTO notification_message_ids (gateway, partner_id,"
                    + " sent_on, message_id, content_sha256, dedup_key, seen_at) VALUES ('ceiling', 'CID-SANDBOX-KASIR', ?, ?, ?, ?, ?)")) {
                messageId.setDate(1, java.sql.Date.valueOf(now.toLocalDateTime().toLocalDate()));
                messageId.setString(2, externalId);
                messageId.setString(3, sha256Hex(externalId));
                messageId.setString(4, "xid:" + externalId);
                messageId.setTimestamp(5, now);
                messageId.executeUpdate();
            }
            long inboxId;
            try (PreparedStatement inbox = db.prepareStatement("INSERT INTO gateway_notifications (gateway, dedup_key, first_key,"
                    + " reference, verification, headers, body, remote_address, received_at, outcome)"
                    + " VALUES ('ceiling', ?, ?, ?, 'VERIFIED', ?, ?, '127.0.0.1', ?, 'RECEIVED')", new String[] {"id"})) {
                inbox.setString(1, "xid:" + externalId);
                inbox.setString(2, "xid:" + externalId);
                inbox.setString(3, reference);
                inbox.setString(4, "X-PARTNER-ID: CID-SANDBOX-KASIR\nX-EXTERNAL-ID: " + externalId + "\nX-SIGNATURE: ***\n");
                inbox.setString(5, BODY.formatted(reference));
                inbox.setTimestamp(6, now);
                inbox.executeUpdate();
                try (ResultSet key = inbox.getGeneratedKeys()) {
                    key.next();
                    inboxId = key.getLong(1);
                }
            }
            String paymentId;
            long version;
            try (PreparedStatement find = db.prepareStatement(
                    "SELECT id, version FROM payments WHERE gateway = 'ceiling' AND reference = ?")) {
                find.setString(1, reference);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        db.rollback();
                        return false;
                    }
                    paymentId = row.getString(1);
                    version = row.getLong(2);
                }
            }
            try (PreparedStatement pay = db.prepareStatement("UPDATE payments SET paid_amount = 15000, status = 'PAID',"
                    + " updated_at = ?, paid_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                pay.setTimestamp(1, now);
                pay.setTimestamp(2, now);
                pay.setString(3, paymentId);
                pay.setLong(4, version);
                if (pay.executeUpdate() != 1) {
                    db.rollback();
                    return false;
                }
            }
            try (PreparedStatement event = db.prepareStatement("INSERT INTO payment_events (payment_id, type, from_status,"
                    + " to_status, actor, summary, detail, occurred_at) VALUES (?, 'STATUS_CHANGED', 'OPEN', 'PAID',"
                    + " 'GATEWAY:cashin', 'OPEN -> PAID', NULL, ?)")) {
                event.setString(1, paymentId);
                event.setTimestamp(2, now);
                event.executeUpdate();
            }
            try (PreparedStatement outbox = db.prepareStatement("INSERT INTO merchant_notifications (event_id, type, subject,"
                    + " payload, status, attempts, next_attempt_at, created_at) VALUES (?, 'payment.paid', ?, ?, 'DUE', 0, ?, ?)")) {
                String eventId = UUID.randomUUID().toString();
                outbox.setString(1, eventId);
                outbox.setString(2, paymentId);
                outbox.setString(3, PAYLOAD.formatted(eventId, paymentId));
                outbox.setTimestamp(4, now);
                outbox.setTimestamp(5, now);
                outbox.executeUpdate();
            }
            try (PreparedStatement outcome = db.prepareStatement("UPDATE gateway_notifications SET outcome = 'APPLIED',"
                    + " payment_id = ?, detail = 'OPEN -> PAID', processed_at = ? WHERE id = ?")) {
                outcome.setString(1, paymentId);
                outcome.setTimestamp(2, now);
                outcome.setLong(3, inboxId);
                outcome.executeUpdate();
            }
            db.commit();
            return true;
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing at the end of the run
            }
        }
    }
}
