package id.kasir.web.admin.people;

import id.kasir.domain.audit.AuditTrail;
import id.kasir.web.admin.AdminPortalProperties;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every admin action, newest first: who, when, what, on what, from where. */
@Controller
class AuditController {

    private final AuditTrail audit;
    private final AdminPortalProperties properties;

    AuditController(AuditTrail audit, AdminPortalProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping("/admin/audit")
    String recent(@RequestParam(required = false) Long before, Model model) {
        List<AuditTrail.StoredAuditEntry> entries = audit.recent(before, properties.pageSize());
        model.addAttribute("section", "audit");
        model.addAttribute("entries", entries);
        model.addAttribute("nextBefore", entries.size() == properties.pageSize() ? entries.get(entries.size() - 1).id() : null);
        return "admin/audit";
    }
}
