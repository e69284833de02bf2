package id.kasir.adapters.payin;

import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON bodies we send PayIn, serialised once: the string returned here is what gets signed and
 * sent. Fields follow the document's request example: {@code amount} as a string with two decimals
 * ({@code "20000.00"}) and {@code payType} as a string ({@code "41"}) even though its table says
 * decimal/int, because the example is what the gateway is known to accept.
 */
final class PayInBodies {

    static final int REMARK_MAX = 32;
    static final int REAL_NAME_MAX = 64;
    static final int PHONE_MAX = 32;
    static final int EMAIL_MAX = 64;
    static final long MINIMUM_EXPIRE_SECONDS = 60;

    private PayInBodies() {
    }

    /**
     * @param payType  PayIn's product code for the request's method
     * @param nonceStr a fresh random string, at most 32 characters
     * @param now      to turn the payment's expiry into PayIn's {@code expireTime} seconds
     */
    static String order(GatewayPaymentRequest request, String payType, String notifyUrl, String nonceStr, Instant now,
                        PayInProperties properties) {
        Objects.requireNonNull(payType, "payType");
        ObjectNode body = PayInJson.MAPPER.createObjectNode();
        body.put("currency", "IDR");
        body.put("payType", payType);
        body.put("amount", request.amount().toPlainString());
        body.put("reusableStatus", false);
        body.put("mchOrderNo", request.reference());
        body.put("expireTime", expireSeconds(request.expiresAt(), now, properties.expireSeconds()));
        body.put("notifyUrl", notifyUrl);
        body.put("nonceStr", nonceStr);
        body.put("remark", remark(request));
        body.put("realName", realName(request.customer().name(), properties.realNamePlaceholder()));
        String phone = request.customer().phone();
        if (phone != null && phone.length() <= PHONE_MAX) {
            body.put("phone", phone);
        }
        String email = request.customer().email();
        if (email != null && email.length() <= EMAIL_MAX) {
            body.put("email", email);
        }
        return PayInJson.MAPPER.writeValueAsString(body);
    }

    /** PayIn recommends its own order number; ours is the fall-back when create's answer never came. */
    static String query(GatewayPaymentLookup lookup, String nonceStr) {
        ObjectNode body = PayInJson.MAPPER.createObjectNode();
        if (lookup.gatewayReference() != null && !lookup.gatewayReference().isBlank()) {
            body.put("orderNo", lookup.gatewayReference());
        } else {
            body.put("mchOrderNo", lookup.reference());
        }
        body.put("nonceStr", nonceStr);
        return PayInJson.MAPPER.writeValueAsString(body);
    }

    /**
     * Seconds until the payment expires, so the gateway's order does not outlive ours; never more than
     * {@code expire-seconds} (channels cap how long a QR lives) and never less than a minute (an
     * order about to expire still needs a moment to be shown).
     */
    static long expireSeconds(Instant expiresAt, Instant now, long maximum) {
        long remaining = Duration.between(now, expiresAt).toSeconds();
        return Math.max(MINIMUM_EXPIRE_SECONDS, Math.min(maximum, remaining));
    }

    /** The description in PayIn's alphabet and length, else our reference so the field is never empty. */
    static String remark(GatewayPaymentRequest request) {
        String remark = AsciiText.of(request.description(), REMARK_MAX);
        return remark.isEmpty() ? AsciiText.of("Kasir " + request.reference(), REMARK_MAX) : remark;
    }

    static String realName(String customerName, String placeholder) {
        String name = customerName == null ? "" : customerName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            name = placeholder;
        }
        return name.length() <= REAL_NAME_MAX ? name : name.substring(0, REAL_NAME_MAX).stripTrailing();
    }
}
