package id.kasir.web.admin.payments;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.gateway.PaymentRequestRejected;
import id.kasir.application.payment.CreatePayment;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.gateway.GatewayDescriptor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.web.admin.portal.Flash;
import id.kasir.web.admin.portal.Formats;
import id.kasir.web.admin.portal.InputProblem;
import id.kasir.web.admin.portal.Labels;
import id.kasir.web.admin.portal.ProblemTexts;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a payment by hand, e.g. a payment link for a customer on the phone: pick gateway and
 * method, amount and expiry; the new payment's page then shows its link or QR. Audited.
 */
@Controller
class CreatePaymentController {

    static final int MAX_EXPIRY_MINUTES = 7 * 24 * 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CreatePayment createPayment;
    private final GatewayRegistry gateways;
    private final AuditTrail audit;
    private final Formats formats;
    private final Clock clock;
    private final ProblemTexts problems;
    private final Labels labels;

    CreatePaymentController(CreatePayment createPayment, GatewayRegistry gateways, AuditTrail audit, Formats formats,
                            Clock clock, ProblemTexts problems, Labels labels) {
        this.problems = problems;
        this.labels = labels;
        this.createPayment = createPayment;
        this.gateways = gateways;
        this.audit = audit;
        this.formats = formats;
        this.clock = clock;
    }

    /** The form as typed. {@code gatewayMethod} is {@code gateway:METHOD}, one choice, so the two always fit. */
    record PaymentForm(String gatewayMethod, String orderId, String amount, Integer expiryMinutes, String customerName,
                       String customerPhone, String customerEmail, String description) {
    }

    @GetMapping("/admin/payments/new")
    String form(Model model) {
        return show(model, new PaymentForm(null, suggestedOrderId(), null, 60, null, null, null, null), null);
    }

    @PostMapping("/admin/payments")
    String create(@ModelAttribute("form") PaymentForm form, Authentication who, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        NewPayment payment;
        try {
            payment = toNewPayment(form);
        } catch (IllegalArgumentException bad) {
            return show(model, form, problems.of(bad));
        }
        CreatePayment.Result result;
        try {
            result = createPayment.create(payment, Actor.operator(who.getName()));
        } catch (PaymentRequestRejected | IllegalArgumentException | DomainRuleViolation refused) {
            return show(model, form, refused instanceof PaymentRequestRejected ? refused.getMessage() : problems.of(refused));
        }
        String id = result.payment().id().value();
        audit.record(new AuditEntry(Actor.operator(who.getName()), "payment.create", id,
                "order " + payment.orderId() + ", " + payment.gateway() + "/" + payment.method() + ", "
                        + Formats.money(payment.amount(), Locale.ENGLISH) + (result.created() ? "" : " (order id existed: not created)"),
                request.getRemoteAddr(), clock.instant()));
        if (result.created()) {
            Flash.success(redirect, problems.text("create.created",
                    labels.of("status.", result.payment().status().name())));
        } else {
            Flash.error(redirect, problems.text("create.existed", payment.orderId()));
        }
        return "redirect:/admin/payments/" + id;
    }

    private NewPayment toNewPayment(PaymentForm form) {
        if (form.gatewayMethod() == null || !form.gatewayMethod().contains(":")) {
            throw new InputProblem("choose-gateway", "Choose a gateway and method");
        }
        String[] choice = form.gatewayMethod().split(":", 2);
        GatewayId gateway = GatewayId.of(choice[0]);
        PaymentMethod method = PaymentMethod.valueOf(choice[1].toUpperCase(Locale.ROOT));
        if (form.amount() == null || form.amount().isBlank()) {
            throw new InputProblem("enter-amount", "Enter an amount");
        }
        int minutes = form.expiryMinutes() == null ? 60 : form.expiryMinutes();
        if (minutes < 1 || minutes > MAX_EXPIRY_MINUTES) {
            throw new InputProblem("expiry-range", "Expiry must be between 1 minute and 7 days");
        }
        String orderId = form.orderId() == null || form.orderId().isBlank() ? suggestedOrderId() : form.orderId().strip();
        return new NewPayment(orderId, gateway, method, PaymentFilter.rupiah(form.amount(), "Amount"),
                clock.instant().plus(Duration.ofMinutes(minutes)),
                new Customer(null, form.customerPhone(), form.customerName(), form.customerEmail()),
                form.description(), null, null);
    }

    private String show(Model model, PaymentForm form, String error) {
        List<GatewayDescriptor> descriptors = gateways.descriptors();
        model.addAttribute("section", "create");
        model.addAttribute("form", form);
        model.addAttribute("gateways", descriptors);
        model.addAttribute("formError", error);
        return "admin/payment-new";
    }

    /** e.g. {@code ADM-20261121-100000-K3QZ}: readable, sortable, unique enough for a hand-made order. */
    private String suggestedOrderId() {
        String time = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(clock.instant().atZone(formats.zone()));
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            suffix.append("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".charAt(RANDOM.nextInt(32)));
        }
        return "ADM-" + time + "-" + suffix;
    }
}
