package id.kasir.web.admin.portal;

import id.kasir.application.operator.ShowDashboard;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.payment.PaymentStatus;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard. The charts' figures go into data-* attributes as JSON arrays, read by an external
 * script: no inline script, so the Content-Security-Policy stays strict.
 */
@Controller
class DashboardController {

    private final ShowDashboard showDashboard;
    private final Formats formats;
    private final MessageSource messages;

    DashboardController(ShowDashboard showDashboard, Formats formats, MessageSource messages) {
        this.messages = messages;
        this.showDashboard = showDashboard;
        this.formats = formats;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        ShowDashboard.Dashboard dashboard = showDashboard.show(formats.zone());
        model.addAttribute("section", "dashboard");
        model.addAttribute("d", dashboard);
        model.addAttribute("dayLabels", jsonStrings(dashboard.lastSevenDays().stream()
                .map(day -> DateTimeFormatter.ofPattern("dd/MM").format(day.date())).toList()));
        model.addAttribute("dayVolumes", jsonNumbers(dashboard.lastSevenDays().stream()
                .map(day -> day.paidVolume().amount().toPlainString()).toList()));
        model.addAttribute("dayCounts", jsonNumbers(dashboard.lastSevenDays().stream()
                .map(day -> Long.toString(day.created())).toList()));
        Map<PaymentStatus, Long> byStatus = dashboard.countsByStatus();
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("statusKeys", jsonStrings(byStatus.keySet().stream().map(Enum::name).toList()));
        model.addAttribute("statusLabels", jsonStrings(byStatus.keySet().stream()
                .map(status -> messages.getMessage("status." + status.name(), null, status.name(), locale)).toList()));
        model.addAttribute("statusCounts", jsonNumbers(byStatus.values().stream().map(String::valueOf).toList()));
        Map<GatewayId, Long> byGateway = dashboard.countsByGateway();
        model.addAttribute("gatewayLabels", jsonStrings(byGateway.keySet().stream().map(GatewayId::value).toList()));
        model.addAttribute("gatewayCounts", jsonNumbers(byGateway.values().stream().map(String::valueOf).toList()));
        return "admin/dashboard";
    }

    /** Labels are ours (dates, enum names, gateway ids, bundle texts); quotes and backslashes are escaped anyway. */
    private static String jsonStrings(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String jsonNumbers(List<String> values) {
        return values.stream().collect(Collectors.joining(",", "[", "]"));
    }
}
