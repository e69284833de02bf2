package id.kasir.web.admin.inbox;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.NotificationSearch;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.web.admin.AdminPortalProperties;
import id.kasir.web.admin.portal.OrderIds;
import id.kasir.web.admin.portal.PortalErrors;
import id.kasir.web.admin.portal.ProblemTexts;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Every notification received, verified or not, duplicate or not, newest first; one with its raw body. */
@Controller
class NotificationsController {

    private final ProblemTexts problems;
    private final GatewayNotifications notifications;
    private final GatewayRegistry gateways;
    private final AdminPortalProperties properties;

    private final OrderIds orderIds;

    NotificationsController(GatewayNotifications notifications, GatewayRegistry gateways,
                            AdminPortalProperties properties, ProblemTexts problems, OrderIds orderIds) {
        this.orderIds = orderIds;
        this.problems = problems;
        this.notifications = notifications;
        this.gateways = gateways;
        this.properties = properties;
    }

    @GetMapping("/admin/notifications")
    String list(@RequestParam(required = false) String gateway, @RequestParam(required = false) String outcome,
                @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("section", "notifications");
        model.addAttribute("gateways", gateways.descriptors());
        model.addAttribute("outcomes", NotificationOutcome.values());
        model.addAttribute("gateway", blankToNull(gateway));
        model.addAttribute("outcome", blankToNull(outcome));
        List<StoredNotification> found;
        try {
            GatewayId gatewayId = blankToNull(gateway) == null ? null : GatewayId.of(gateway.strip());
            NotificationOutcome wanted = blankToNull(outcome) == null ? null
                    : NotificationOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            found = notifications.search(new NotificationSearch(gatewayId, wanted, null, before, properties.pageSize()));
        } catch (IllegalArgumentException badFilter) {
            model.addAttribute("filterError", problems.text("input.unknown-gateway-or-outcome"));
            found = List.of();
        }
        model.addAttribute("notifications", found);
        model.addAttribute("orderIds", orderIds.of(found.stream().filter(n -> n.paymentId() != null)
                .map(n -> n.paymentId().value()).toList()));
        if (found.size() == properties.pageSize()) {
            UriComponentsBuilder next = UriComponentsBuilder.fromPath("/admin/notifications");
            if (blankToNull(gateway) != null) {
                next.queryParam("gateway", gateway.strip());
            }
            if (blankToNull(outcome) != null) {
                next.queryParam("outcome", outcome.strip());
            }
            next.queryParam("before", found.get(found.size() - 1).id());
            model.addAttribute("nextUrl", next.encode().build().toUriString());
        }
        return "admin/notifications";
    }

    @GetMapping("/admin/notifications/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("section", "notifications");
        model.addAttribute("n", notifications.byId(id).orElseThrow(() -> new PortalErrors.NotFound("notification " + id)));
        return "admin/notification";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
