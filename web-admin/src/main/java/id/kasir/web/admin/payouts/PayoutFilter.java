package id.kasir.web.admin.payouts;

import static id.kasir.web.admin.portal.FormValues.blankToNull;
import static id.kasir.web.admin.portal.FormValues.day;
import static id.kasir.web.admin.portal.FormValues.enumValue;

import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.PayoutSearch;
import id.kasir.domain.payout.PayoutStatus;
import java.time.ZoneId;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The payouts list's filters as typed in the form (all optional, all text), turned into a
 * {@link PayoutSearch}. Dates are whole days in the portal's zone: "to" includes that whole day.
 */
public record PayoutFilter(String status, String channel, String from, String to, String reference,
                           String customerNumber) {

    public PayoutFilter {
        status = blankToNull(status);
        channel = blankToNull(channel);
        from = blankToNull(from);
        to = blankToNull(to);
        reference = blankToNull(reference);
        customerNumber = blankToNull(customerNumber);
    }

    /** @throws IllegalArgumentException with a message for people when a filter cannot be read */
    public PayoutSearch toSearch(ZoneId zone, int limit, String after) {
        return new PayoutSearch(
                status == null ? null : enumValue(PayoutStatus.class, status, "status"),
                channel == null ? null : enumValue(EwalletChannel.class, channel, "channel"),
                from == null ? null : day(from, "From").atStartOfDay(zone).toInstant(),
                to == null ? null : day(to, "To").plusDays(1).atStartOfDay(zone).toInstant(),
                reference, customerNumber, after, limit);
    }

    /** The list's URL with these filters (and a cursor, when given), for "Next". */
    public String toUrl(String path, String after) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        String[][] values = {{"status", status}, {"channel", channel}, {"from", from}, {"to", to},
                {"reference", reference}, {"customerNumber", customerNumber}, {"after", after}};
        for (String[] value : values) {
            if (value[1] != null) {
                url.queryParam(value[0], value[1]);
            }
        }
        return url.encode().build().toUriString();
    }
}
