package id.kasir.sandbox.payin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A PayIn order as the sandbox keeps it across restarts (JSON in its store); amounts in rupiah as PayIn writes them. */
record PayInOrderRecord(String merchantId, String mchOrderNo, String orderNo, String channelOrderNo, PayInPayType payType,
                        BigDecimal amount, BigDecimal fee, PayInPayCodeShape payCodeShape, String qrisPayload,
                        String payCode, String payUrl, String payDeskUrl, String notifyUrl, String nonceStr,
                        String realName, Instant createdAt, Instant expiresAt, PayInOrderStatus status,
                        Instant completedAt, BigDecimal paidAmount, List<PayInCallbackAttempt> callbackAttempts) {
}
