package id.kasir.web.api.payment;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentSearch;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.web.api.problem.FieldError;
import id.kasir.web.api.problem.InvalidQuery;
import id.kasir.web.api.problem.Problems;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The query of {@code GET /api/v1/payments}, read strictly like a body: each parameter at most once,
 * no unknown parameters (a misspelt filter would otherwise silently list everything), values of the
 * documented form. Filters: {@code status}, {@code provider}, {@code method}, {@code createdFrom}
 * (inclusive) and {@code createdTo} (exclusive) as ISO-8601 instants with an offset, {@code orderId}
 * (exact: case, spaces and all); paging: {@code limit} (1–{@value #MAX_LIMIT}, default
 * {@value #DEFAULT_LIMIT}) and {@code after} (the {@code nextCursor} of the page before).
 */
final class PaymentListQuery {

    /** The times a store can hold ({@code DATETIME(6)} holds years 1000 to 9999; Kasir has nothing before 2000). */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final Set<String> PARAMETERS = Set.of("status", "provider", "method", "createdFrom", "createdTo", "orderId",
            "limit", "after");

    private final Map<String, String> values;
    final PaymentSearch search;
    /** The exact order id asked for, or null: the store may compare looser than the API promises. */
    final String exactOrderId;

    private PaymentListQuery(Map<String, String> values, PaymentSearch search, String exactOrderId) {
        this.values = values;
        this.search = search;
        this.exactOrderId = exactOrderId;
    }

    static PaymentListQuery parse(Map<String, String[]> parameters) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((name, given) -> {
            if (!PARAMETERS.contains(name)) {
                errors.add(new FieldError(Problems.printable(name, 64), "is not a parameter of this list; use one of "
                        + String.join(", ", PARAMETERS.stream().sorted().toList())));
            } else if (given.length != 1) {
                errors.add(new FieldError(name, "must be given once"));
            } else {
                values.put(name, given[0]);
            }
        });
        PaymentStatus status = enumValue(values, "status", PaymentStatus.class, errors);
        PaymentMethod method = enumValue(values, "method", PaymentMethod.class, errors);
        GatewayId provider = null;
        if (values.containsKey("provider")) {
            try {
                provider = GatewayId.of(values.get("provider"));
            } catch (IllegalArgumentException notAName) {
                errors.add(new FieldError("provider", "must be a provider name such as cashin, cashi or payin"));
            }
        }
        Instant from = instant(values, "createdFrom", errors);
        Instant to = instant(values, "createdTo", errors);
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("createdTo", "must be after createdFrom"));
        }
        String orderId = values.get("orderId");
        if (orderId != null && (orderId.isEmpty() || orderId.length() > 64)) {
            errors.add(new FieldError("orderId", "must be 1 to 64 characters"));
        }
        int limit = DEFAULT_LIMIT;
        if (values.containsKey("limit")) {
            String text = values.get("limit");
            if (text.matches("[0-9]{1,4}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= MAX_LIMIT) {
                limit = Integer.parseInt(text);
            } else {
                errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
            }
        }
        String after = values.get("after");
        if (after != null && (after.isEmpty() || after.length() > 200)) {
            errors.add(new FieldError("after", "must be the nextCursor of the page before"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidQuery(errors);
        }
        PaymentSearch search = new PaymentSearch(provider, method, status, from, to, null, null, orderId, null, null,
                after, limit);
        return new PaymentListQuery(values, search, orderId);
    }

    /** The query string of the page after {@code cursor}: the same filters and limit. */
    String nextQuery(String cursor) {
        StringJoiner query = new StringJoiner("&");
        values.forEach((name, value) -> {
            if (!name.equals("after")) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        query.add("after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return query.toString();
    }

    private static <E extends Enum<E>> E enumValue(Map<String, String> values, String name, Class<E> type,
                                                   List<FieldError> errors) {
        String text = values.get(name);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        errors.add(new FieldError(name, "must be one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return null;
    }

    private static Instant instant(Map<String, String> values, String name, List<FieldError> errors) {
        String text = values.get(name);
        if (text == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text).toInstant();
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                errors.add(new FieldError(name, "must be between 2000-01-01 and 9999-12-31"));
                return null;
            }
            return instant;
        } catch (DateTimeParseException notAnInstant) {
            errors.add(new FieldError(name, "must be an ISO-8601 time with an offset, e.g. 2026-11-21T03:00:00Z or "
                    + "2026-11-21T10:00:00+07:00"));
            return null;
        }
    }
}
