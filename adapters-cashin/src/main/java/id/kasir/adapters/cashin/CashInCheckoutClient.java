package id.kasir.adapters.cashin;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Cash In's checkout page ("FO" API): {@code POST /pg/fo/payment} for a payment link and
 * {@code POST /pg/fo/payment/status} to ask about it. Its own headers (X-CLIENT-ID, X-REQUEST-ID) and
 * the symmetric signature over the short paths {@code /payment} and {@code /payment/status}.
 */
public final class CashInCheckoutClient {

    static final String CREATE_PATH = "/pg/fo/payment";
    static final String CREATE_SIGNED_PATH = "/payment";
    static final String STATUS_PATH = "/pg/fo/payment/status";
    static final String STATUS_SIGNED_PATH = "/payment/status";
    /** The document's example answer has an unquoted URL: read it anyway. */
    private static final Pattern LOOSE_URL = Pattern.compile("\"paymentUrl\"\\s*:\\s*\"?([^\"\\s,}]+)");

    private final CashInProperties properties;
    private final CashInSnapSigner signer;
    private final CashInHttp http;
    private final String fallbackCallbackUrl;
    private final Clock clock;

    public CashInCheckoutClient(CashInProperties properties, CashInSnapSigner signer, CashInHttp http,
                                String fallbackCallbackUrl, Clock clock) {
        this.properties = properties;
        this.signer = signer;
        this.http = http;
        this.fallbackCallbackUrl = fallbackCallbackUrl;
        this.clock = clock;
    }

    public GatewayCallResult<GatewayPaymentCreated> create(GatewayPaymentRequest request) {
        if (request.customer().phone() == null) {
            // Mandatory in the document; a made-up number would be sent to a real gateway as if true.
            return GatewayCallResult.declined("CUSTOMER_PHONE_REQUIRED",
                    "Cash In's checkout page needs the customer's phone number", GatewayExchange.none("checkout-create"));
        }
        Map<String, Object> body = CashInJson.object();
        body.put("amount", request.amount().toWholeUnits());
        body.put("trxNo", request.reference());
        body.put("duration", durationMinutes(request));
        body.put("successCallbackUrl", orFallback(request.successUrl()));
        body.put("cancelCallbackUrl", orFallback(request.cancelUrl()));
        if (!properties.checkoutPaymentChannel().isEmpty()) {
            body.put("paymentChannel", properties.checkoutPaymentChannel());
        }
        Map<String, Object> customer = CashInJson.object();
        customer.put("id", request.customer().id() != null ? request.customer().id() : request.reference());
        customer.put("phoneNumber", request.customer().phone());
        body.put("customer", customer);

        Call call = post("checkout-create", CREATE_PATH, CREATE_SIGNED_PATH, CashInJson.write(body));
        CashInHttp.Answer answer = call.answer;
        if (!answer.answered()) {
            return GatewayCallResult.unknown(answer.failureCause(), answer.failure(), call.exchange);
        }
        SnapResponseCode.Meaning meaning = SnapResponseCode.meaningOfHttpStatus(answer.status());
        Optional<JsonNode> json = CashInJson.read(answer.body());
        if (meaning == SnapResponseCode.Meaning.SUCCESS) {
            Optional<String> url = json.flatMap(j -> CashInJson.text(j.path("data"), "paymentUrl")
                    .or(() -> CashInJson.text(j, "paymentUrl")))
                    .or(() -> looseUrl(answer.body()));
            if (url.isEmpty()) {
                return GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER, "HTTP " + answer.status() + " without a paymentUrl", call.exchange);
            }
            // The create answer carries no Cash In reference; the status query and the notification do.
            return GatewayCallResult.accepted(new GatewayPaymentCreated(null, request.amount(), null,
                    new PaymentInstructions(url.get(), null, null, null)), call.exchange);
        }
        return notSuccess(meaning, answer, json, call.exchange);
    }

    public GatewayCallResult<GatewayReport> status(GatewayPaymentLookup lookup) {
        Map<String, Object> body = CashInJson.object();
        body.put("trxNo", lookup.reference());
        Call call = post("checkout-status", STATUS_PATH, STATUS_SIGNED_PATH, CashInJson.write(body));
        CashInHttp.Answer answer = call.answer;
        if (!answer.answered()) {
            return GatewayCallResult.unknown(answer.failureCause(), answer.failure(), call.exchange);
        }
        SnapResponseCode.Meaning meaning = SnapResponseCode.meaningOfHttpStatus(answer.status());
        Optional<JsonNode> json = CashInJson.read(answer.body());
        if (meaning != SnapResponseCode.Meaning.SUCCESS) {
            return notSuccess(meaning, answer, json, call.exchange);
        }
        if (json.isEmpty()) {
            return GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER, "unreadable answer (not JSON)", call.exchange);
        }
        JsonNode data = json.get().has("data") ? json.get().get("data") : json.get();
        Optional<String> word = CashInJson.text(data, "status");
        Optional<PaymentStatus> status = word.flatMap(CashInTransactionStatus::ofCheckout);
        if (status.isEmpty()) {
            return GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER, "unrecognised checkout status " + word.orElse("(none)"), call.exchange);
        }
        Optional<String> trxNo = CashInJson.text(data, "trxNo");
        if (trxNo.isPresent() && !trxNo.get().equals(lookup.reference())) {
            return GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER, "answer is about trxNo " + trxNo.get() + ", not ours", call.exchange);
        }
        ReportedAmount amount = CashInJson.reported(data.get("amount"));
        String method = CashInJson.text(data, "paymentMethod").map(m -> " via " + m).orElse("");
        GatewayReport report = new GatewayReport(status.get(), amount, null,
                CashInJson.text(data, "referenceNo").orElse(null), word.get() + method, GatewayReport.Source.QUERY);
        return GatewayCallResult.accepted(report, call.exchange);
    }

    private <T> GatewayCallResult<T> notSuccess(SnapResponseCode.Meaning meaning, CashInHttp.Answer answer,
                                                Optional<JsonNode> json, GatewayExchange exchange) {
        String message = json.flatMap(j -> CashInJson.text(j, "message", "responseMessage", "error"))
                .orElse("HTTP " + answer.status());
        String code = json.flatMap(j -> CashInJson.text(j, "responseCode", "code")).orElse("HTTP_" + answer.status());
        return switch (meaning) {
            case NOT_FOUND -> GatewayCallResult.declined("NOT_FOUND", message, exchange);
            case REFUSED -> GatewayCallResult.declined(code, message, exchange);
            default -> GatewayCallResult.unknown(answer.causeOfHttpStatus(), "HTTP " + answer.status() + ": " + message,
                    exchange);
        };
    }

    private record Call(CashInHttp.Answer answer, GatewayExchange exchange) {
    }

    private Call post(String operation, String path, String signedPath, String body) {
        String timestamp = signer.timestampNow();
        String signature = signer.signSymmetric(CashInSnapSigner.stringToSign("POST", signedPath, body, timestamp));
        Map<String, String> headers = CashInHttp.headers(
                "X-CLIENT-ID", properties.clientId(),
                "X-REQUEST-ID", UUID.randomUUID().toString(),
                "X-TIMESTAMP", timestamp,
                "X-SIGNATURE", signature);
        CashInHttp.Answer answer = http.post(path, headers, body);
        GatewayExchange exchange = new GatewayExchange(operation,
                "POST " + path + "\n" + CashInMasking.headers(headers) + CashInMasking.body(body),
                answer.answered() ? CashInMasking.body(answer.body()) : answer.failure(),
                answer.status(), answer.took());
        return new Call(answer, exchange);
    }

    private long durationMinutes(GatewayPaymentRequest request) {
        long seconds = Duration.between(clock.instant(), request.expiresAt()).getSeconds();
        // Whole minutes, rounded up so the page does not close before our own expiry; at least one.
        return Math.max(1, (seconds + 59) / 60);
    }

    private String orFallback(String url) {
        return url != null ? url : fallbackCallbackUrl;
    }

    private static Optional<String> looseUrl(String body) {
        if (body == null) {
            return Optional.empty();
        }
        Matcher m = LOOSE_URL.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
