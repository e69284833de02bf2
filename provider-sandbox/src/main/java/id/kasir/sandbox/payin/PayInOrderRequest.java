package id.kasir.sandbox.payin;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * A {@code /api/payIn} body that passed PayIn's rules. {@code amount}, {@code payType} and
 * {@code expireTime} may arrive as JSON numbers or as numeric strings (the document's own example sends
 * {@code "amount":"20000.00"} and {@code "payType":"43"}).
 */
record PayInOrderRequest(String currency, PayInPayType payType, BigDecimal amount, String mchOrderNo, long expireTime,
                         String notifyUrl, String nonceStr, String remark, String realName, String phone, String email) {

    static PayInOrderRequest from(JsonNode body, long minimumAmount) {
        if (body == null || !body.isObject()) {
            throw new PayInRejection(400, "Param_Error: the body must be a JSON object");
        }
        String currency = requiredText(body, "currency", 32);
        if (!"IDR".equals(currency)) {
            throw new PayInRejection(400, "Currency_Not_Support: only IDR");
        }
        long payTypeCode = wholeLong(body, "payType");
        PayInPayType payType = PayInPayType.of((int) payTypeCode)
                .filter(t -> t.code() == payTypeCode)
                .orElseThrow(() -> new PayInRejection(400, "PayType_Not_Support: " + payTypeCode));
        BigDecimal amount = wholeNumber(body, "amount");
        if (amount.compareTo(BigDecimal.valueOf(minimumAmount)) < 0) {
            throw new PayInRejection(400, "Amount_Error: the minimum amount is " + minimumAmount);
        }
        if (amount.precision() - amount.scale() > 20) {
            throw PayInRejection.param("amount", "has more than 20 digits");
        }
        JsonNode reusable = body.path("reusableStatus");
        if (!reusable.isBoolean() && !(reusable.isString() && reusable.stringValue().matches("(?i)true|false"))) {
            throw PayInRejection.param("reusableStatus", "is required and must be a boolean");
        }
        if (reusable.asBoolean()) {
            throw PayInRejection.param("reusableStatus", "can only be false");
        }
        String mchOrderNo = requiredText(body, "mchOrderNo", 32);
        long expireTime = wholeLong(body, "expireTime");
        if (expireTime <= 0) {
            throw PayInRejection.param("expireTime", "must be a number of seconds above 0");
        }
        String notifyUrl = requiredText(body, "notifyUrl", 250);
        if (!notifyUrl.startsWith("http://") && !notifyUrl.startsWith("https://")) {
            throw PayInRejection.param("notifyUrl", "must be an http(s) URL");
        }
        String nonceStr = requiredText(body, "nonceStr", 32);
        String remark = requiredText(body, "remark", 32);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(remark)) {
            throw PayInRejection.param("remark", "must be in English (unaccented) characters");
        }
        String realName = requiredText(body, "realName", 64);
        String phone = optionalText(body, "phone", 32);
        String email = optionalText(body, "email", 64);
        return new PayInOrderRequest(currency, payType, amount.setScale(0), mchOrderNo, expireTime, notifyUrl, nonceStr,
                remark, realName, phone, email);
    }

    static String requiredText(JsonNode body, String field, int maxLength) {
        String value = optionalText(body, field, maxLength);
        if (value == null || value.isBlank()) {
            throw PayInRejection.param(field, "is required");
        }
        return value;
    }

    static String optionalText(JsonNode body, String field, int maxLength) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw PayInRejection.param(field, "must be a string");
        }
        String value = node.stringValue();
        if (value.length() > maxLength) {
            throw PayInRejection.param(field, "is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static long wholeLong(JsonNode body, String field) {
        try {
            return wholeNumber(body, field).longValueExact();
        } catch (ArithmeticException e) {
            throw PayInRejection.param(field, "is too large");
        }
    }

    private static BigDecimal wholeNumber(JsonNode body, String field) {
        JsonNode node = body.path(field);
        BigDecimal value;
        if (node.isNumber()) {
            value = node.decimalValue();
        } else if (node.isString()) {
            try {
                value = new BigDecimal(node.stringValue().trim());
            } catch (NumberFormatException e) {
                throw PayInRejection.param(field, "must be a number");
            }
        } else if (node.isMissingNode() || node.isNull()) {
            throw PayInRejection.param(field, "is required");
        } else {
            throw PayInRejection.param(field, "must be a number");
        }
        try {
            return value.setScale(0, java.math.RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw PayInRejection.param(field, "must be a whole number");
        }
    }
}
