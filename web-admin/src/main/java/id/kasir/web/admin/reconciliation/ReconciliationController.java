package id.kasir.web.admin.reconciliation;

import id.kasir.application.reconciliation.ReconciliationItem;
import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.application.reconciliation.ReconciliationTrigger;
import id.kasir.application.reconciliation.StartReconciliationRun;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import id.kasir.web.admin.payments.CsvCells;
import id.kasir.web.admin.portal.Flash;
import id.kasir.web.admin.portal.Formats;
import id.kasir.web.admin.portal.PortalErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/reconciliation}: start a run (OPERATOR, ADMIN; {@code POST /admin/reconciliation/runs},
 * audited by {@link StartReconciliationRun}), the running one's progress (htmx polls
 * {@code /admin/reconciliation/progress}), the history of runs, a run's report lines filtered by outcome
 * ({@code /admin/reconciliation/runs/{id}?outcome=PAID}) and their CSV ({@code …/items.csv}, audited). An
 * unknown run or outcome is the portal's 404 page.
 */
@Controller
class ReconciliationController {

    static final int HISTORY = 30;
    static final int PAGE = 200;
    private static final int CSV_BATCH = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReconciliationRuns runs;
    private final StartReconciliationRun startRun;
    private final AuditTrail audit;
    private final Formats formats;
    private final MessageSource messages;
    private final Clock clock;

    ReconciliationController(ReconciliationRuns runs, StartReconciliationRun startRun, AuditTrail audit, Formats formats,
                             MessageSource messages, Clock clock) {
        this.runs = runs;
        this.startRun = startRun;
        this.audit = audit;
        this.formats = formats;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/reconciliation")
    String page(Model model) {
        List<RunView> history = runs.latest(HISTORY).stream().map(r -> RunView.of(r, runs, clock.instant())).toList();
        model.addAttribute("section", "reconciliation");
        model.addAttribute("history", history);
        model.addAttribute("current", history.stream().filter(RunView::running).findFirst().orElse(null));
        model.addAttribute("outcomes", ReconciliationOutcome.values());
        return "admin/reconciliation";
    }

    /** The progress card alone, for htmx to poll while a run is going on. */
    @GetMapping("/admin/reconciliation/progress")
    String progress(Model model) {
        model.addAttribute("current", runs.latest(1).stream().map(r -> RunView.of(r, runs, clock.instant()))
                .filter(RunView::running).findFirst().orElse(null));
        model.addAttribute("outcomes", ReconciliationOutcome.values());
        return "admin/reconciliation :: progress";
    }

    @PostMapping("/admin/reconciliation/runs")
    String start(Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            startRun.start(Actor.operator(who.getName()), request.getRemoteAddr());
            Flash.success(redirect, text("reconciliation.run-started"));
        } catch (ReconciliationTrigger.RunAlreadyRunning refused) {
            Flash.error(redirect, text("reconciliation.already-running"));
        }
        return "redirect:/admin/reconciliation";
    }

    @GetMapping("/admin/reconciliation/runs/{id}")
    String run(@PathVariable long id, @RequestParam(required = false) String outcome,
               @RequestParam(required = false, defaultValue = "0") long after, Model model) {
        ReconciliationRun run = runs.byId(id).orElseThrow(() -> new PortalErrors.NotFound("reconciliation run " + id));
        ReconciliationOutcome chosen = outcome(outcome);
        List<ReconciliationItem> items = runs.items(id, chosen, Math.max(0, after), PAGE + 1);
        model.addAttribute("section", "reconciliation");
        model.addAttribute("view", RunView.of(run, runs, clock.instant()));
        model.addAttribute("items", items.size() > PAGE ? items.subList(0, PAGE) : items);
        model.addAttribute("next", items.size() > PAGE ? Optional.of(items.get(PAGE - 1).id()) : Optional.empty());
        model.addAttribute("outcome", chosen == null ? "" : chosen.name());
        model.addAttribute("outcomes", ReconciliationOutcome.values());
        return "admin/reconciliation-run";
    }

    @GetMapping("/admin/reconciliation/runs/{id}/items.csv")
    void export(@PathVariable long id, @RequestParam(required = false) String outcome, Authentication who,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (runs.byId(id).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No reconciliation run " + id);
            return;
        }
        ReconciliationOutcome chosen = outcome(outcome);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"kasir-reconciliation-" + id
                + (chosen == null ? "" : "-" + chosen.name()) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        out.write(CsvCells.row("recorded_at_" + formats.zone().getId(), "run", "payment_id", "order_id", "gateway",
                "outcome", "unknown_cause", "latency_ms", "detail"));
        long after = 0;
        int written = 0;
        List<ReconciliationItem> batch;
        do {
            batch = runs.items(id, chosen, after, CSV_BATCH);
            for (ReconciliationItem i : batch) {
                out.write(CsvCells.row(TIME.format(i.recordedAt().atZone(formats.zone())), String.valueOf(i.runId()),
                        i.paymentId(), i.orderId(), i.gateway(), i.outcome().name(),
                        i.cause() == null ? "" : i.cause().name(), String.valueOf(i.latencyMillis()), i.detail()));
                after = i.id();
                written++;
            }
            out.flush();
        } while (batch.size() == CSV_BATCH);
        audit.record(new AuditEntry(Actor.operator(who.getName()), "reconciliation.export", "run:" + id,
                written + " lines" + (chosen == null ? "" : "; outcome " + chosen), request.getRemoteAddr(),
                clock.instant()));
    }

    /** A known outcome, or none (all); anything else is the portal's "not found" page, never a 500. */
    private static ReconciliationOutcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(ReconciliationOutcome.values()).filter(o -> o.name().equals(value)).findFirst()
                .orElseThrow(() -> new PortalErrors.NotFound("reconciliation outcome"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
