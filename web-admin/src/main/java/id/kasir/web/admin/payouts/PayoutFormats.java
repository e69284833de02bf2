package id.kasir.web.admin.payouts;

import id.kasir.domain.common.Actor;
import id.kasir.domain.payout.CustomerNumber;
import id.kasir.domain.payout.NameCheck;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.web.admin.portal.CurrentOperator;
import org.springframework.stereotype.Component;

/** How the payout pages write a payout's parts, used from the templates as {@code @payoutFormats}. */
@Component("payoutFormats")
public class PayoutFormats {

    /** The badge of a payout status: succeeded green, failed/rejected red, in flight blue, waiting amber. */
    public String statusClass(PayoutStatus status) {
        if (status == null) {
            return "text-bg-secondary";
        }
        return switch (status) {
            case SUCCEEDED -> "text-bg-success";
            case FAILED, REJECTED -> "text-bg-danger";
            case APPROVED, PROCESSING -> "text-bg-primary";
            case AWAITING_APPROVAL -> "text-bg-warning";
            case DRAFT -> "text-bg-secondary";
        };
    }

    public String nameCheckClass(NameCheck check) {
        return check == NameCheck.DIFFERS ? "text-bg-danger" : check == NameCheck.MATCHES ? "text-bg-success"
                : "text-bg-secondary";
    }

    /** {@code 6281****7890}: lists, the detail page and the timeline never show the whole number. */
    public String number(String customerNumber) {
        return CustomerNumber.masked(customerNumber);
    }

    /** Who an actor is, for people: the ops person's name, or the API key's. */
    public String who(Actor actor) {
        if (actor == null) {
            return "–";
        }
        return switch (actor.kind()) {
            case OPERATOR -> actor.name();
            case MERCHANT -> "API key " + actor.name();
            default -> actor.asText();
        };
    }

    /** Whether this ops person requested the payout: then they may not decide it, whatever roles they hold. */
    public boolean isMaker(Payout payout, CurrentOperator me) {
        return me != null && payout.maker().equals(Actor.operator(me.username()));
    }
}
