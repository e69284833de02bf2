package id.kasir.web.admin.payments;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.PaymentNotFoundException;
import id.kasir.application.port.QrImageRenderer;
import id.kasir.domain.common.Page;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentSearch;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.PaymentTotal;
import id.kasir.web.admin.AdminPortalProperties;
import id.kasir.web.admin.portal.Formats;
import id.kasir.web.admin.portal.ProblemTexts;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Listing payments and reading one: the filtered list, the detail page and its QR image. */
@Controller
class PaymentPagesController {

    static final int QR_SIZE = 280;

    private final FindPayments findPayments;
    private final GatewayRegistry gateways;
    private final PaymentStory story;
    private final QrImageRenderer qrImages;
    private final Formats formats;
    private final AdminPortalProperties properties;
    private final OpenExceptionMarks openExceptions;
    private final ProblemTexts problems;

    PaymentPagesController(FindPayments findPayments, GatewayRegistry gateways, PaymentStory story,
                           QrImageRenderer qrImages, Formats formats, AdminPortalProperties properties,
                           OpenExceptionMarks openExceptions, ProblemTexts problems) {
        this.problems = problems;
        this.openExceptions = openExceptions;
        this.findPayments = findPayments;
        this.gateways = gateways;
        this.story = story;
        this.qrImages = qrImages;
        this.formats = formats;
        this.properties = properties;
    }

    @GetMapping("/admin/payments")
    String list(@ModelAttribute("filter") PaymentFilter filter, @RequestParam(required = false) String after,
                Model model) {
        model.addAttribute("section", "payments");
        addChoices(model);
        Page<Payment> page;
        List<PaymentTotal> totals;
        try {
            PaymentSearch search = filter.toSearch(formats.zone(), properties.pageSize(), blankToNull(after));
            page = findPayments.search(search);
            totals = findPayments.totals(search);
        } catch (IllegalArgumentException badFilter) {
            model.addAttribute("filterError", problems.of(badFilter));
            page = Page.last(List.of());
            totals = List.of();
        }
        model.addAttribute("payments", page.items());
        model.addAttribute("totals", PaymentListTotals.of(totals));
        model.addAttribute("openExceptions", openExceptions.paymentIds());
        model.addAttribute("nextUrl", page.nextCursor().map(cursor -> filter.toUrl("/admin/payments", cursor)).orElse(null));
        model.addAttribute("firstUrl", blankToNull(after) == null ? null : filter.toUrl("/admin/payments", null));
        model.addAttribute("exportUrl", filter.toUrl("/admin/payments/export.csv", null));
        return "admin/payments";
    }

    @GetMapping("/admin/payments/{id}")
    String detail(@PathVariable String id, Model model) {
        story.fill(model, findPayments.byId(paymentId(id)));
        return "admin/payment";
    }

    @GetMapping("/admin/payments/{id}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String id) {
        Payment payment = findPayments.byId(paymentId(id));
        String content = payment.instructions().qrContent();
        if (content == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(qrImages.png(content, QR_SIZE));
    }

    private void addChoices(Model model) {
        model.addAttribute("gateways", gateways.descriptors());
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("statuses", PaymentStatus.values());
    }

    static PaymentId paymentId(String id) {
        try {
            return new PaymentId(id);
        } catch (IllegalArgumentException e) {
            throw new PaymentNotFoundException(id.length() > 40 ? id.substring(0, 40) : id);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
