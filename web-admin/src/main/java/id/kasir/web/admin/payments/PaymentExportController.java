package id.kasir.web.admin.payments;

import id.kasir.application.payment.FindPayments;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.Page;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentSearch;
import id.kasir.web.admin.AdminPortalProperties;
import id.kasir.web.admin.portal.Formats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The filtered payments list as CSV: every page, streamed as it is read (memory stays flat), up to
 * {@code kasir.admin.export-max-rows}. Phone numbers are masked; cells cannot run as formulas. The
 * export is audited with its filters and row count.
 */
@Controller
class PaymentExportController {

    private static final int BATCH = PaymentSearch.MAX_LIMIT;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final FindPayments findPayments;
    private final AuditTrail audit;
    private final Formats formats;
    private final AdminPortalProperties properties;
    private final Clock clock;

    PaymentExportController(FindPayments findPayments, AuditTrail audit, Formats formats,
                            AdminPortalProperties properties, Clock clock) {
        this.findPayments = findPayments;
        this.audit = audit;
        this.formats = formats;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/admin/payments/export.csv")
    void export(@ModelAttribute PaymentFilter filter, Authentication who, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        PaymentSearch search;
        try {
            search = filter.toSearch(formats.zone(), BATCH, null);
        } catch (IllegalArgumentException badFilter) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, badFilter.getMessage());
            return;
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(clock.instant().atZone(formats.zone()));
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"kasir-payments-" + stamp + ".csv\"");
        response.setHeader("Cache-Control", "no-store");

        int max = properties.exportMaxRows();
        int written = 0;
        boolean truncated = false;
        Writer out = response.getWriter();
        // A byte-order mark, so spreadsheet programs read the file as UTF-8.
        out.write('\uFEFF');
        out.write(CsvCells.row("created_at_" + formats.zone().getId(), "payment_id", "order_id", "gateway", "method",
                "status", "amount", "amount_to_pay", "paid_amount", "gateway_fee", "currency", "reference",
                "gateway_reference", "customer_phone", "paid_at", "expires_at", "status_reason"));
        Optional<String> cursor = Optional.empty();
        do {
            Page<Payment> page = findPayments.search(cursor.map(search::after).orElse(search));
            for (Payment p : page.items()) {
                if (written == max) {
                    truncated = true;
                    break;
                }
                out.write(row(p));
                written++;
            }
            out.flush();
            cursor = page.nextCursor();
        } while (cursor.isPresent() && !truncated);
        if (truncated || cursor.isPresent()) {
            out.write(CsvCells.row("truncated: more than " + max + " rows match; narrow the filters"));
        }
        out.flush();
        audit.record(new AuditEntry(Actor.operator(who.getName()), "payments.export", "payments",
                written + " rows; filters: " + filter.describe(), request.getRemoteAddr(), clock.instant()));
    }

    private String row(Payment p) {
        return CsvCells.row(time(p.createdAt()), p.id().value(), p.orderId(), p.gateway().value(), p.method().name(),
                p.status().name(), plain(p.amount()), plain(p.amountToPay()), p.paidAmount().map(this::plain).orElse(""),
                p.gatewayFee().map(this::plain).orElse(""), p.amount().currency().getCurrencyCode(), p.reference(),
                p.gatewayReference().orElse(""), Formats.maskPhone(p.customer().phone()),
                p.paidAt().map(this::time).orElse(""), time(p.expiresAt()), p.statusReason().orElse(""));
    }

    private String plain(Money money) {
        return money.toPlainString();
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(formats.zone()));
    }
}
