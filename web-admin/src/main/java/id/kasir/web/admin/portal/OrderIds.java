package id.kasir.web.admin.portal;

import id.kasir.application.payment.FindPayments;
import id.kasir.domain.payment.PaymentId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The order ids ops know, for pages that refer to payments by our id (exceptions, merchant notifications, the audit
 * log): one query per page ({@link FindPayments#orderIds}). Texts that are not payment ids (a username, a payout id,
 * a notification id) are simply not in the answer, so a template shows the order id when there is one and the text
 * as it is otherwise.
 */
@Component
public class OrderIds {

    private static final int MOST_PER_PAGE = 500;

    private final FindPayments findPayments;

    OrderIds(FindPayments findPayments) {
        this.findPayments = findPayments;
    }

    /** Payment id → order id for those of {@code references} that are payments (at most 500 per page). */
    public Map<String, String> of(Collection<String> references) {
        List<PaymentId> ids = references.stream().filter(Objects::nonNull).distinct().limit(MOST_PER_PAGE)
                .map(OrderIds::paymentId).filter(Objects::nonNull).toList();
        Map<String, String> byId = new HashMap<>();
        findPayments.orderIds(ids).forEach((id, orderId) -> byId.put(id.value(), orderId));
        return byId;
    }

    private static PaymentId paymentId(String text) {
        try {
            return new PaymentId(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
