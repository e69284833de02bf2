package id.kasir.web.admin.payments;

import static id.kasir.web.admin.portal.FormValues.blankToNull;
import static id.kasir.web.admin.portal.FormValues.day;
import static id.kasir.web.admin.portal.FormValues.enumValue;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentSearch;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.web.admin.portal.Formats;
import id.kasir.web.admin.portal.InputProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The payments list's filters as typed in the form (all optional, all text), turned into a
 * {@link PaymentSearch}. Dates are whole days in the portal's zone: "to" includes that whole day.
 * Amounts are rupiah; "15.000" and "15000" both mean fifteen thousand.
 */
public record PaymentFilter(String gateway, String method, String status, String from, String to, String minAmount,
                            String maxAmount, String orderId, String gatewayReference, String phone) {

    public PaymentFilter {
        gateway = blankToNull(gateway);
        method = blankToNull(method);
        status = blankToNull(status);
        from = blankToNull(from);
        to = blankToNull(to);
        minAmount = blankToNull(minAmount);
        maxAmount = blankToNull(maxAmount);
        orderId = blankToNull(orderId);
        gatewayReference = blankToNull(gatewayReference);
        phone = blankToNull(phone);
    }

    public static PaymentFilter none() {
        return new PaymentFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** @throws IllegalArgumentException with a message for people when a filter cannot be read */
    public PaymentSearch toSearch(ZoneId zone, int limit, String after) {
        Instant createdFrom = from == null ? null : day(from, "From").atStartOfDay(zone).toInstant();
        Instant createdTo = to == null ? null : day(to, "To").plusDays(1).atStartOfDay(zone).toInstant();
        return new PaymentSearch(
                gateway == null ? null : gatewayId(gateway),
                method == null ? null : enumValue(PaymentMethod.class, method, "method"),
                status == null ? null : enumValue(PaymentStatus.class, status, "status"),
                createdFrom, createdTo,
                minAmount == null ? null : rupiah(minAmount, "Minimum amount"),
                maxAmount == null ? null : rupiah(maxAmount, "Maximum amount"),
                orderId, gatewayReference, phone, after, limit);
    }

    public boolean isEmpty() {
        return this.equals(none());
    }

    /**
     * The filters spelled out for the audit log, e.g. {@code gateway=cashi, status=PAID, from=2026-11-01,
     * phone=0812****7890} (the phone masked like in lists), or {@code none (all payments)}.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        describe(parts, "gateway", gateway);
        describe(parts, "method", method);
        describe(parts, "status", status);
        describe(parts, "from", from);
        describe(parts, "to", to);
        describe(parts, "minAmount", minAmount);
        describe(parts, "maxAmount", maxAmount);
        describe(parts, "orderId", orderId);
        describe(parts, "gatewayReference", gatewayReference);
        describe(parts, "phone", phone == null ? null : Formats.maskPhone(phone));
        return parts.isEmpty() ? "none (all payments)" : String.join(", ", parts);
    }

    private static void describe(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    /** The list's URL with these filters (and a cursor, when given), for "Next" and for the export link. */
    public String toUrl(String path, String after) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        add(url, "gateway", gateway);
        add(url, "method", method);
        add(url, "status", status);
        add(url, "from", from);
        add(url, "to", to);
        add(url, "minAmount", minAmount);
        add(url, "maxAmount", maxAmount);
        add(url, "orderId", orderId);
        add(url, "gatewayReference", gatewayReference);
        add(url, "phone", phone);
        add(url, "after", after);
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }

    private static GatewayId gatewayId(String value) {
        try {
            return GatewayId.of(value.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputProblem("unknown-gateway", "Unknown gateway: " + value, value);
        }
    }

    static Money rupiah(String value, String what) {
        String digits = value.strip().replace(".", "").replace(" ", "");
        if (!digits.matches("\\d{1,15}(,\\d{1,2})?")) {
            throw new InputProblem("bad-amount", what + " must be an amount in rupiah, like 15000 or 15.000", value);
        }
        return Money.idr(new BigDecimal(digits.replace(',', '.')).toPlainString());
    }
}
