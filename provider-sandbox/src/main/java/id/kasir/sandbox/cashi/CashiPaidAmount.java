package id.kasir.sandbox.cashi;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the optional {@code amount} the customer actually transferred from a pay action: a form field
 * (the pay page) or a JSON body (scripts). Absent or empty = the amount to pay.
 */
final class CashiPaidAmount {

    private CashiPaidAmount() {
    }

    static Long from(HttpServletRequest request) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/")) {
            return parse(request.getParameter("amount"));
        }
        String body;
        try {
            body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.isBlank()) {
            return parse(request.getParameter("amount"));
        }
        JsonNode json;
        try {
            json = CashiJson.mapper().readTree(body);
        } catch (JacksonException e) {
            throw new CashiRequestRejected(400, "Request body is not valid JSON");
        }
        JsonNode amount = json == null ? null : json.get("amount");
        if (amount == null || amount.isNull()) {
            return null;
        }
        return parse(amount.asString());
    }

    private static Long parse(String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(amount.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new CashiRequestRejected(400, "amount must be a positive whole number of rupiah");
    }
}
