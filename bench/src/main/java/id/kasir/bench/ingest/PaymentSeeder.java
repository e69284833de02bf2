package id.kasir.bench.ingest;

import id.kasir.bench.create.CreatePayment;
import id.kasir.bench.support.FixedConcurrency;
import id.kasir.bench.support.KasirProcess;
import id.kasir.bench.support.Measurement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the payments the notifications will name. Cashi's the way a merchant does, through Kasir's API against the
 * sandbox, because Kasir confirms a Cashi "settled" with Cashi's check-status, so the sandbox must know every order.
 * Cash In's and PayIn's apply from the signed notification alone, so one payment is made through the API and copied
 * in the database (MariaDB's sequence engine, {@code seq_1_to_N}) with new ids and references — creating thousands
 * through the API would take minutes on a loaded 2-core machine and measure nothing here. Then all are read back
 * with the references the gateway was given. Cashi's orders are then paid in the sandbox (its
 * {@code _sandbox/orders/{ref}/pay} action), so Cashi's check-status says SETTLED when Kasir asks; the sandbox's own
 * webhook for that payment goes to a dead address (the harness points {@code kasir.sandbox.merchant-base-url} there)
 * and never reaches Kasir, so each notification measured is the first one for its payment.
 */
final class PaymentSeeder {

    private final KasirProcess kasir;
    private final HttpClient http;

    PaymentSeeder(KasirProcess kasir, HttpClient http) {
        this.kasir = kasir;
        this.http = http;
    }

    /** {@code count} OPEN QRIS payments of 15,000 rupiah and more at {@code gateway}. */
    List<SeededPayment> seed(String gateway, int count) {
        String prefix = "BENCH-" + gateway.toUpperCase() + "-" + Long.toString(System.nanoTime(), 36) + "-";
        boolean copies = !"cashi".equals(gateway);
        create(gateway, prefix, copies ? 1 : count);
        String template = copies ? copy(prefix, count) : null;
        List<SeededPayment> payments = read(prefix, template);
        if ("cashi".equals(gateway)) {
            payInCashiSandbox(payments);
        }
        return payments;
    }

    /**
     * Creates payments {@code <prefix>0 ..} 8 at a time until {@code count} are OPEN: on a loaded machine the sandbox
     * sometimes answers after Kasir's time-out, and such a payment stays PENDING (202), which is right but useless here.
     */
    private void create(String gateway, String prefix, int count) {
        java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        for (int round = 0; open.get() < count; round++) {
            if (round == 5) {
                throw new IllegalStateException("only " + open.get() + " of " + count + " payments at " + gateway + " are OPEN");
            }
            java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
            Measurement made = FixedConcurrency.run("seed " + gateway, 8, count - open.get(), ignored -> {
                int number = next.getAndIncrement();
                // A different amount for each: Cashi makes an amount unique by adding 1–99 rupiah, so only 99 open
                // orders can share one amount.
                HttpResponse<String> answer = http.send(CreatePayment.request(kasir.baseUrl(), prefix + number,
                        gateway, "QRIS", 15_000 + 100L * number), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 201) {
                    open.incrementAndGet();
                    return true;
                }
                if (told.compareAndSet(false, true)) {
                    System.err.println("create at " + gateway + ": " + answer.statusCode() + " " + answer.body());
                }
                return false;
            });
            System.out.println("  " + made);
        }
    }

    /**
     * {@code count} copies of the OPEN payment made with {@code prefix}: order id, references and id made unique by the
     * copy's number. Returns the copied payment's order id.
     */
    private String copy(String prefix, int count) {
        String columns = "gateway, method, currency, amount, amount_to_pay, paid_amount, gateway_fee, checkout_url,"
                + " qr_content, qr_image_url, pay_code, customer_id, customer_phone, customer_name, customer_email, description,"
                + " success_url, cancel_url, status, status_reason, expires_at, created_at, updated_at, paid_at, version, phone_key";
        try (Connection db = kasir.connect(); PreparedStatement find = db.prepareStatement(
                "SELECT order_id FROM payments WHERE order_id LIKE ? AND status = 'OPEN' LIMIT 1");
             PreparedStatement insert = db.prepareStatement(
                "INSERT INTO payments (id, order_id, order_key, reference, gateway_reference, " + columns + ")"
                        + " SELECT UUID(), CONCAT(order_id, 'c', s.seq), LOWER(CONCAT(order_id, 'c', s.seq)),"
                        // Kasir's references are 20 upper-case letters and digits starting with K, and Cash In's adapter
                        // tells ours from theirs by that shape: the copies keep it (13 of the original's + C + 6 digits).
                        + " CONCAT(LEFT(reference, 13), 'C', LPAD(s.seq, 6, '0')),"
                        + " CONCAT(LEFT(COALESCE(gateway_reference, 'G'), 56), 'C', s.seq), "
                        + columns + " FROM payments JOIN seq_1_to_" + count + " s WHERE order_id = ?")) {
            find.setString(1, prefix + "%");
            String template;
            try (ResultSet row = find.executeQuery()) {
                row.next();
                template = row.getString(1);
            }
            insert.setString(1, template);
            if (insert.executeUpdate() != count) {
                throw new IllegalStateException("could not copy " + template + " " + count + " times");
            }
            return template;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The OPEN payments made with {@code orderPrefix}, but not {@code template} (null: none left out). */
    private List<SeededPayment> read(String orderPrefix, String template) {
        List<SeededPayment> payments = new ArrayList<>();
        try (Connection db = kasir.connect(); PreparedStatement select = db.prepareStatement(
                "SELECT id, reference, gateway_reference, amount_to_pay FROM payments WHERE order_id LIKE ? AND status = 'OPEN'"
                        + (template != null ? " AND order_id <> ?" : "") + " ORDER BY order_id")) {
            select.setString(1, orderPrefix + "%");
            if (template != null) {
                select.setString(2, template);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payments.add(new SeededPayment(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBigDecimal(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return payments;
    }

    private void payInCashiSandbox(List<SeededPayment> payments) {
        Measurement paid = FixedConcurrency.run("pay in Cashi's sandbox", 8, payments.size(), i -> {
            SeededPayment payment = payments.get(i);
            HttpRequest pay = HttpRequest.newBuilder(URI.create(kasir.baseUrl() + "/sandbox/cashi/_sandbox/orders/"
                    + payment.reference() + "/pay")).POST(HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> answer = http.send(pay, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2 && i == 0) {
                System.err.println("sandbox pay: " + answer.statusCode() + " " + answer.body());
            }
            return answer.statusCode() / 100 == 2;
        });
        System.out.println("  " + paid);
        if (paid.errors() > 0) {
            throw new IllegalStateException(paid.errors() + " Cashi orders could not be paid in the sandbox");
        }
    }
}
