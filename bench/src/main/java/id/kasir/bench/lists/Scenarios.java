package id.kasir.bench.lists;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Every request the lists benchmark times (issue 17, benchmark 3), with real values taken from the seeded
 * database: the first and a deep page, each filter of each list, each way of finding a payment, the dashboard.
 *
 * @param group  what the row belongs to in the results table (payments list, API, find, other lists, dashboard)
 * @param api    true: the merchant API with an API key; false: the portal with a logged-in session
 * @param path   the request path and query
 */
record Scenarios(List<Scenario> all, String exportPath) {

    record Scenario(String name, String group, boolean api, String path) {
    }

    private static final ZoneId PORTAL_ZONE = ZoneId.of("Asia/Jakarta");

    /** @param deepRows how many rows in the deep page starts (its cursor is the position after that many rows) */
    static Scenarios of(Connection db, long n, long deepRows) throws SQLException {
        long s = n / 2 + 12_345;
        Sample pay = sample(db, s, "cashi");
        Sample phone = samplePhone(db, s);
        String cursor = cursor(db, deepRows);
        LocalDate today = LocalDate.now(PORTAL_ZONE);
        String weekFrom = today.minusDays(6).toString();
        String weekTo = today.toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String apiFrom = now.minus(7, ChronoUnit.DAYS).toString();
        String apiTo = now.toString();
        String orderId = SeedData.orderId(s);
        String orderPrefix = orderId.substring(0, orderId.indexOf('-', 4) + 2).toLowerCase(Locale.ROOT);
        long midNotification = Long.parseLong(SeedData.one(db, "SELECT MAX(id) DIV 2 FROM gateway_notifications"));
        long midOutbox = Long.parseLong(SeedData.one(db, "SELECT MAX(id) DIV 2 FROM merchant_notifications"));
        String payoutReference = SeedData.one(db, "SELECT reference FROM payouts ORDER BY id LIMIT 1");
        String payoutCustomer = SeedData.one(db, "SELECT customer_number FROM payouts ORDER BY id LIMIT 1");
        String auditTarget = SeedData.one(db, "SELECT target FROM audit_log WHERE target IS NOT NULL ORDER BY id DESC LIMIT 1");

        List<Scenario> list = new ArrayList<>();
        String p = "portal payments list";
        list.add(new Scenario("first page", p, false, "/admin/payments"));
        list.add(new Scenario("deep page (cursor " + deepRows / 1000 + "k rows in)", p, false, "/admin/payments?after=" + cursor));
        list.add(new Scenario("status=PAID", p, false, "/admin/payments?status=PAID"));
        list.add(new Scenario("status=CANCELLED", p, false, "/admin/payments?status=CANCELLED"));
        list.add(new Scenario("status=OPEN (rare)", p, false, "/admin/payments?status=OPEN"));
        list.add(new Scenario("gateway=cashi", p, false, "/admin/payments?gateway=cashi"));
        list.add(new Scenario("method=VA", p, false, "/admin/payments?method=VA"));
        list.add(new Scenario("last 7 days", p, false, "/admin/payments?from=" + weekFrom + "&to=" + weekTo));
        list.add(new Scenario("one day 30 days ago", p, false, "/admin/payments?from=" + today.minusDays(30) + "&to="
                + today.minusDays(30)));
        list.add(new Scenario("amount 1,000,000-1,100,000", p, false, "/admin/payments?minAmount=1000000&maxAmount=1100000"));
        list.add(new Scenario("gateway+status+7 days", p, false, "/admin/payments?gateway=payin&status=FAILED&from="
                + weekFrom + "&to=" + weekTo));
        list.add(new Scenario("order id (exact)", p, false, "/admin/payments?orderId=" + Clients.enc(orderId)));
        list.add(new Scenario("gateway reference", p, false, "/admin/payments?gatewayReference=" + Clients.enc(pay.gatewayReference)));
        list.add(new Scenario("phone (as stored)", p, false, "/admin/payments?phone=" + Clients.enc(phone.phone)));

        String a = "API GET /api/v1/payments";
        list.add(new Scenario("first page (limit 50)", a, true, "/api/v1/payments"));
        list.add(new Scenario("first page (limit 200)", a, true, "/api/v1/payments?limit=200"));
        list.add(new Scenario("deep page (cursor " + deepRows / 1000 + "k rows in)", a, true, "/api/v1/payments?after=" + cursor));
        list.add(new Scenario("status=FAILED", a, true, "/api/v1/payments?status=FAILED"));
        list.add(new Scenario("provider=payin", a, true, "/api/v1/payments?provider=payin"));
        list.add(new Scenario("method=EWALLET", a, true, "/api/v1/payments?method=EWALLET"));
        list.add(new Scenario("createdFrom/To (7 days)", a, true, "/api/v1/payments?createdFrom=" + apiFrom
                + "&createdTo=" + apiTo));
        list.add(new Scenario("status+provider", a, true, "/api/v1/payments?status=EXPIRED&provider=cashin"));
        list.add(new Scenario("orderId (exact)", a, true, "/api/v1/payments?orderId=" + Clients.enc(orderId)));
        list.add(new Scenario("by id", a, true, "/api/v1/payments/" + pay.id));

        String f = "portal find (/admin/find?q=)";
        list.add(new Scenario("payment id", f, false, "/admin/find?q=" + pay.id));
        list.add(new Scenario("order id exact", f, false, "/admin/find?q=" + Clients.enc(orderId)));
        list.add(new Scenario("order id other case", f, false, "/admin/find?q=" + Clients.enc(orderId.toUpperCase(Locale.ROOT))));
        list.add(new Scenario("order id prefix '" + orderPrefix + "'", f, false, "/admin/find?q=" + Clients.enc(orderPrefix)));
        list.add(new Scenario("our reference (lower case)", f, false, "/admin/find?q="
                + Clients.enc(pay.reference.toLowerCase(Locale.ROOT))));
        list.add(new Scenario("gateway reference", f, false, "/admin/find?q=" + Clients.enc(pay.gatewayReference)));
        list.add(new Scenario("phone 08…", f, false, "/admin/find?q=" + Clients.enc("0" + phone.digits)));
        list.add(new Scenario("phone 628…", f, false, "/admin/find?q=" + Clients.enc("62" + phone.digits)));
        list.add(new Scenario("phone +62 8…-…", f, false, "/admin/find?q=" + Clients.enc("+62 " + phone.digits.substring(0, 3)
                + "-" + phone.digits.substring(3, 7) + "-" + phone.digits.substring(7))));
        list.add(new Scenario("nothing matches", f, false, "/admin/find?q=zz-no-such-thing"));

        list.add(new Scenario("dashboard", "dashboard", false, "/admin"));

        String o = "other portal lists";
        list.add(new Scenario("payouts: first page", o, false, "/admin/payouts"));
        list.add(new Scenario("payouts: status=FAILED", o, false, "/admin/payouts?status=FAILED"));
        list.add(new Scenario("payouts: channel=OVO", o, false, "/admin/payouts?channel=OVO"));
        list.add(new Scenario("payouts: last 7 days", o, false, "/admin/payouts?from=" + weekFrom + "&to=" + weekTo));
        list.add(new Scenario("payouts: reference", o, false, "/admin/payouts?reference=" + Clients.enc(payoutReference)));
        list.add(new Scenario("payouts: customer number", o, false, "/admin/payouts?customerNumber=" + Clients.enc(payoutCustomer)));
        list.add(new Scenario("audit: first page", o, false, "/admin/audit"));
        list.add(new Scenario("audit: who=ops1", o, false, "/admin/audit?who=ops1"));
        list.add(new Scenario("audit: action=payment.ask", o, false, "/admin/audit?action=payment.ask"));
        list.add(new Scenario("audit: last 7 days", o, false, "/admin/audit?from=" + weekFrom + "&to=" + weekTo));
        list.add(new Scenario("audit: target", o, false, "/admin/audit?target=" + Clients.enc(auditTarget)));
        list.add(new Scenario("exceptions: open (default)", o, false, "/admin/exceptions"));
        list.add(new Scenario("exceptions: state=RESOLVED", o, false, "/admin/exceptions?state=RESOLVED"));
        list.add(new Scenario("exceptions: type=AMOUNT_MISMATCH", o, false, "/admin/exceptions?type=AMOUNT_MISMATCH"));
        list.add(new Scenario("exceptions: gateway=cashi", o, false, "/admin/exceptions?gateway=cashi"));
        list.add(new Scenario("gateway notifications: first page", o, false, "/admin/notifications"));
        list.add(new Scenario("gateway notifications: gateway=payin", o, false, "/admin/notifications?gateway=payin"));
        list.add(new Scenario("gateway notifications: outcome=DUPLICATE", o, false, "/admin/notifications?outcome=DUPLICATE"));
        list.add(new Scenario("gateway notifications: page half-way", o, false, "/admin/notifications?before=" + midNotification));
        list.add(new Scenario("merchant notifications: first page", o, false, "/admin/merchant-notifications"));
        list.add(new Scenario("merchant notifications: status=DEAD", o, false, "/admin/merchant-notifications?status=DEAD"));
        list.add(new Scenario("merchant notifications: page half-way", o, false, "/admin/merchant-notifications?before=" + midOutbox));
        list.add(new Scenario("payment detail (timeline)", o, false, "/admin/payments/" + pay.id));
        return new Scenarios(List.copyOf(list), "/admin/payments/export.csv");
    }

    /**
     * Only the requests whose group starts with one of the comma-separated prefixes (e.g. {@code portal payments,
     * dashboard}); all of them when {@code groups} is null.
     */
    Scenarios only(String groups) {
        if (groups == null) {
            return this;
        }
        List<String> prefixes = List.of(groups.split(","));
        return new Scenarios(all.stream().filter(s -> prefixes.stream().anyMatch(p -> s.group().startsWith(p.strip())))
                .toList(), exportPath);
    }

    private record Sample(String id, String reference, String gatewayReference, String phone, String digits) {
    }

    /** The payment of the first sequence number from {@code s} at {@code gateway} that has a gateway reference. */
    private static Sample sample(Connection db, long s, String gateway) throws SQLException {
        for (long seq = s; ; seq++) {
            if (!SeedData.gateway(seq).equals(gateway)) {
                continue;
            }
            try (Statement st = db.createStatement(); ResultSet r = st.executeQuery(
                    "SELECT id, reference, gateway_reference, customer_phone, phone_key FROM payments WHERE id = "
                            + "'" + SeedData.paymentId(db, seq) + "' AND gateway_reference IS NOT NULL")) {
                if (r.next()) {
                    return new Sample(r.getString(1), r.getString(2), r.getString(3), r.getString(4), null);
                }
            }
        }
    }

    /** A payment with a phone number, and that number's national digits (after 62). */
    private static Sample samplePhone(Connection db, long s) throws SQLException {
        for (long seq = s; ; seq++) {
            try (Statement st = db.createStatement(); ResultSet r = st.executeQuery(
                    "SELECT id, reference, gateway_reference, customer_phone, phone_key FROM payments WHERE id = "
                            + "'" + SeedData.paymentId(db, seq) + "' AND customer_phone LIKE '0%'")) {
                if (r.next()) {
                    return new Sample(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5).substring(2));
                }
            }
        }
    }

    /** The list's own cursor format (adapters-persistence PaymentCursor): Base64-url of {@code <micros>_<id>}. */
    private static String cursor(Connection db, long rowsIn) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet r = st.executeQuery(
                "SELECT created_at, id FROM payments ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET " + (rowsIn - 1))) {
            if (!r.next()) {
                throw new IllegalStateException("Fewer than " + rowsIn + " payments");
            }
            LocalDateTime created = r.getObject(1, LocalDateTime.class);
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, created.toInstant(ZoneOffset.UTC));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((micros + "_" + r.getString(2)).getBytes(StandardCharsets.UTF_8));
        }
    }
}
