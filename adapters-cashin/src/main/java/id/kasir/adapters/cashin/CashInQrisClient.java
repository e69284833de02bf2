package id.kasir.adapters.cashin;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import id.kasir.domain.qris.QrisCode;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Cash In's QRIS MPM over SNAP: generate (service 47) and query (service 51), signed SHA256withRSA with
 * the merchant's key over {@code /api/v1.0/qr/...} (the path without {@code /pg/fo}).
 *
 * <p>A generate answer whose {@code qrContent} fails its CRC (or is not a QRIS payload, or is for
 * another amount) is <b>declined</b> with code {@code INVALID_QR}, not unknown: the gateway did answer,
 * and what it gave cannot be shown to a customer, so nobody can pay this payment. Leaving it unknown
 * would have reconciliation find the gateway's order open and mark ours OPEN, with no QR to show,
 * until it expired. Should money arrive anyway, FAILED may still become PAID (flagged for ops).
 */
public final class CashInQrisClient {

    static final String GENERATE_PATH = "/pg/fo/api/v1.0/qr/qr-mpm-generate";
    static final String GENERATE_SIGNED_PATH = "/api/v1.0/qr/qr-mpm-generate";
    static final String QUERY_PATH = "/pg/fo/api/v1.0/qr/qr-mpm-query";
    static final String QUERY_SIGNED_PATH = "/api/v1.0/qr/qr-mpm-query";
    static final String GENERATE_SERVICE = "47";
    public static final String INVALID_QR = "INVALID_QR";

    private final CashInProperties properties;
    private final CashInSnapSigner signer;
    private final CashInHttp http;

    public CashInQrisClient(CashInProperties properties, CashInSnapSigner signer, CashInHttp http) {
        this.properties = properties;
        this.signer = signer;
        this.http = http;
    }

    public GatewayCallResult<GatewayPaymentCreated> generate(GatewayPaymentRequest request) {
        Map<String, Object> body = CashInJson.object();
        body.put("partnerReferenceNo", request.reference());
        body.put("validityPeriod", CashInSnapSigner.timestamp(request.expiresAt()));
        body.put("amount", amount(request.amount()));
        body.put("feeAmount", amount(Money.zero(request.amount().currency())));

        Call call = post("qr-mpm-generate", GENERATE_PATH, GENERATE_SIGNED_PATH, CashInJson.write(body));
        Checked<GatewayPaymentCreated> checked = check(call);
        if (checked.problem() != null) {
            return checked.problem();
        }
        JsonNode answer = checked.body();
        Optional<String> echoed = CashInJson.text(answer, "partnerReferenceNo");
        if (echoed.isPresent() && !echoed.get().equals(request.reference())) {
            return GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER, "answer is about partnerReferenceNo " + echoed.get() + ", not ours",
                    call.exchange);
        }
        String qrContent = CashInJson.text(answer, "qrContent").orElse(null);
        if (QrisCode.check(qrContent, request.amount()) instanceof QrisCode.Failed failed) {
            return GatewayCallResult.declined(INVALID_QR, "Cash In returned an unusable QR: " + failed.problem() + ": "
                    + failed.detail(), call.exchange);
        }
        return GatewayCallResult.accepted(new GatewayPaymentCreated(CashInJson.text(answer, "referenceNo").orElse(null),
                request.amount(), null, new PaymentInstructions(null, qrContent, null, null)), call.exchange);
    }

    public GatewayCallResult<GatewayReport> query(GatewayPaymentLookup lookup) {
        Map<String, Object> body = CashInJson.object();
        body.put("merchantId", properties.merchantId());
        body.put("originalPartnerReferenceNo", lookup.reference());
        body.put("serviceCode", GENERATE_SERVICE);
        Call call = post("qr-mpm-query", QUERY_PATH, QUERY_SIGNED_PATH, CashInJson.write(body));
        Checked<GatewayReport> checked = check(call);
        if (checked.problem() != null) {
            return checked.problem();
        }
        JsonNode answer = checked.body();
        Optional<String> code = CashInJson.text(answer, "latestTransactionStatus");
        String description = CashInJson.text(answer, "latestTransactionDesc", "transactionStatusDesc",
                "latestTransactionStatusDesc").orElse("");
        if (code.filter(CashInTransactionStatus.NOT_FOUND::equals).isPresent()) {
            return GatewayCallResult.declined("NOT_FOUND", "Cash In does not know " + lookup.reference(), call.exchange);
        }
        if (code.filter(CashInTransactionStatus.REFUNDED::equals).isPresent()) {
            // No payment status says "refunded": nothing is applied, the timeline shows the answer.
            return GatewayCallResult.declined("REFUNDED", "Cash In reports the payment refunded", call.exchange);
        }
        Optional<PaymentStatus> status = code.flatMap(CashInTransactionStatus::ofSnap);
        if (status.isEmpty()) {
            return GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER, "unrecognised latestTransactionStatus " + code.orElse("(none)"),
                    call.exchange);
        }
        ReportedAmount amount = CashInJson.reportedSnap(answer.get("amount"));
        GatewayReport report = new GatewayReport(status.get(), amount, null, theirReference(answer, lookup.reference()),
                (code.get() + " " + description).trim(), GatewayReport.Source.QUERY);
        return GatewayCallResult.accepted(report, call.exchange);
    }

    /**
     * The query answer's Cash In reference is {@code originalReferenceNo} in the QRIS document, but the
     * notify document swaps the two fields: whichever is not ours is theirs.
     */
    private static String theirReference(JsonNode answer, String ours) {
        return CashInJson.text(answer, "originalReferenceNo").filter(r -> !r.equals(ours))
                .or(() -> CashInJson.text(answer, "originalPartnerReferenceNo").filter(r -> !r.equals(ours)))
                .orElse(null);
    }

    private static SnapResponseCode.Meaning meaning(CashInHttp.Answer answer, Optional<JsonNode> json) {
        Optional<SnapResponseCode> code = json.flatMap(j -> CashInJson.text(j, "responseCode"))
                .flatMap(SnapResponseCode::parse);
        SnapResponseCode.Meaning byHttp = SnapResponseCode.meaningOfHttpStatus(answer.status());
        if (code.isEmpty()) {
            return byHttp;
        }
        SnapResponseCode.Meaning byCode = code.get().meaning();
        // HTTP status and responseCode should agree; when they do not, success needs both.
        if (byCode == SnapResponseCode.Meaning.SUCCESS && byHttp != SnapResponseCode.Meaning.SUCCESS) {
            return byHttp;
        }
        if (byCode != SnapResponseCode.Meaning.SUCCESS && byHttp == SnapResponseCode.Meaning.UNKNOWN) {
            return SnapResponseCode.Meaning.UNKNOWN;
        }
        return byCode;
    }

    private static <T> GatewayCallResult<T> notSuccess(SnapResponseCode.Meaning meaning, CashInHttp.Answer answer,
                                                       Optional<JsonNode> json, GatewayExchange exchange) {
        String code = json.flatMap(j -> CashInJson.text(j, "responseCode")).orElse("HTTP_" + answer.status());
        String message = json.flatMap(j -> CashInJson.text(j, "responseMessage", "message"))
                .orElse("HTTP " + answer.status());
        return switch (meaning) {
            case NOT_FOUND, REFUSED -> GatewayCallResult.declined(code, message, exchange);
            default -> GatewayCallResult.unknown(answer.causeOfHttpStatus(), code + ": " + message, exchange);
        };
    }

    private static Map<String, Object> amount(Money money) {
        Map<String, Object> amount = CashInJson.object();
        amount.put("value", money.toPlainString());
        amount.put("currency", money.currency().getCurrencyCode());
        return amount;
    }

    private record Call(CashInHttp.Answer answer, GatewayExchange exchange) {
    }

    /** A SNAP answer read as a success ({@code body}) or the typed result it is instead ({@code problem}). */
    private record Checked<T>(JsonNode body, GatewayCallResult<T> problem) {
    }

    /** The checks both QRIS calls make first: an answer at all, a success code, a JSON body. */
    private static <T> Checked<T> check(Call call) {
        if (!call.answer.answered()) {
            return new Checked<>(null, GatewayCallResult.unknown(call.answer.failureCause(), call.answer.failure(), call.exchange));
        }
        Optional<JsonNode> json = CashInJson.read(call.answer.body());
        SnapResponseCode.Meaning meaning = meaning(call.answer, json);
        if (meaning != SnapResponseCode.Meaning.SUCCESS) {
            return new Checked<>(null, notSuccess(meaning, call.answer, json, call.exchange));
        }
        return json.<Checked<T>>map(body -> new Checked<>(body, null)).orElseGet(() ->
                new Checked<>(null, GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER, "unreadable answer (not JSON)", call.exchange)));
    }

    private Call post(String operation, String path, String signedPath, String body) {
        String timestamp = signer.timestampNow();
        String signature = signer.signAsymmetric(CashInSnapSigner.stringToSign("POST", signedPath, body, timestamp));
        Map<String, String> headers = CashInHttp.headers(
                "X-TIMESTAMP", timestamp,
                "X-PARTNER-ID", properties.partnerId(),
                "X-EXTERNAL-ID", signer.newExternalId(),
                "X-SIGNATURE", signature,
                "CHANNEL-ID", properties.channelId());
        CashInHttp.Answer answer = http.post(path, headers, body);
        return new Call(answer, new GatewayExchange(operation,
                "POST " + path + "\n" + CashInMasking.headers(headers) + CashInMasking.body(body),
                answer.answered() ? CashInMasking.body(answer.body()) : answer.failure(),
                answer.status(), answer.took()));
    }
}
