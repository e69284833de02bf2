package id.kasir.adapters.payin;

import id.kasir.domain.gateway.CancelAtGateway;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayDescriptor;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.gateway.PaymentGateway;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import id.kasir.domain.qris.QrisCode;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Kasir's {@link PaymentGateway} for PayIn: {@code POST /api/payIn} to open an order and
 * {@code POST /api/payInQuery} to ask about it, both signed with {@link PayInSign}.
 *
 * <p>Never throws for a gateway problem. No answer, an HTTP 5xx, an envelope {@code code} of 500 or
 * more, or a body we cannot read are {@code unknown} (the order may exist); any other envelope
 * {@code code} than 200 is PayIn's business "no" and is {@code declined} with its {@code msg}. Queries,
 * and only queries, are retried.
 */
public final class PayInPaymentGateway implements PaymentGateway {

    public static final GatewayId ID = GatewayId.of("payin");
    static final Money MINIMUM = Money.idr(10_000);
    static final String PAY_IN_PATH = "/api/payIn";
    static final String QUERY_PATH = "/api/payInQuery";

    private final PayInProperties properties;
    private final Map<PaymentMethod, String> payTypes;
    private final String notifyUrl;
    private final PayInTransport transport;
    private final Retry queryRetry;
    private final Clock clock;
    private final GatewayDescriptor descriptor;

    /**
     * @param publicBaseUrl Kasir's own public base URL ({@code kasir.public-base-url}); PayIn calls
     *                      {@code publicBaseUrl + /webhooks/payin}
     */
    public PayInPaymentGateway(PayInProperties properties, String publicBaseUrl, Clock clock) {
        this.properties = properties;
        this.payTypes = properties.methodPayTypes();
        this.notifyUrl = publicBaseUrl.replaceAll("/+$", "") + PayInNotificationController.PATH;
        this.transport = new PayInTransport(properties, new PayInSign(properties.apiKey()));
        this.queryRetry = Retry.of("payin-query", RetryConfig.<PayInTransport.Reply>custom()
                .maxAttempts(3)
                .waitDuration(Duration.ofMillis(200))
                .retryOnResult(PayInTransport.Reply::transient5xxOrSilence)
                .failAfterMaxAttempts(false)
                .build());
        this.clock = clock;
        this.descriptor = new GatewayDescriptor(ID, "PayIn", payTypes.keySet(), MINIMUM,
                // No cancel call; expireTime is honoured by "some payment products" only.
                CancelAtGateway.NOT_OFFERED);
    }

    @Override
    public GatewayDescriptor descriptor() {
        return descriptor;
    }

    String notifyUrl() {
        return notifyUrl;
    }

    @Override
    public GatewayCallResult<GatewayPaymentCreated> create(GatewayPaymentRequest request) {
        String payType = payTypes.get(request.method());
        if (payType == null) {
            return GatewayCallResult.declined("UNSUPPORTED_METHOD", "PayIn is not configured for " + request.method()
                    + " (kasir.providers.payin.pay-types)", GatewayExchange.none("payIn"));
        }
        if (request.amount().amount().stripTrailingZeros().scale() > 0) {
            return GatewayCallResult.declined("INVALID_AMOUNT", "PayIn takes whole rupiah only; asked "
                    + request.amount(), GatewayExchange.none("payIn"));
        }
        String body = PayInBodies.order(request, payType, notifyUrl, nonce(), clock.instant(), properties);
        PayInTransport.Reply reply = transport.post("payIn", PAY_IN_PATH, body);
        return readEnvelope(reply).map(data -> created(data, request, reply.exchange()));
    }

    @Override
    public GatewayCallResult<GatewayReport> query(GatewayPaymentLookup lookup) {
        // A fresh nonce per attempt: each retry is a new, separately signed request.
        PayInTransport.Reply reply = queryRetry.executeSupplier(
                () -> transport.post("payInQuery", QUERY_PATH, PayInBodies.query(lookup, nonce())));
        return readEnvelope(reply).map(data -> reported(data, reply.exchange()));
    }

    private GatewayCallResult<GatewayPaymentCreated> created(JsonNode data, GatewayPaymentRequest request,
                                                             GatewayExchange exchange) {
        String orderNo = PayInJson.text(data, "orderNo");
        ReportedAmount reportedToPay = PayInJson.reported(data, "amount");
        if (!(reportedToPay instanceof ReportedAmount.Present) && !(reportedToPay instanceof ReportedAmount.Missing)) {
            return GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER, "PayIn order " + orderNo
                    + " came back with " + reportedToPay.describe(), exchange);
        }
        Money amountToPay = reportedToPay.asMoney().orElse(request.amount());
        Money fee = PayInJson.fee(data, "orderFee").orElse(null);
        Instructions instructions = instructionsFor(data, amountToPay);
        if (instructions.refusal() != null) {
            // PayIn answered, with a QR no customer should scan (wrong amount, static, corrupt): never shown.
            return GatewayCallResult.declined(INVALID_QR, "PayIn order " + orderNo + " came back with a QRIS payCode"
                    + " that fails the QRIS checks: " + instructions.refusal(), exchange);
        }
        return GatewayCallResult.accepted(new GatewayPaymentCreated(orderNo, amountToPay, fee, instructions.shown()),
                exchange);
    }

    /** The code of the decline when PayIn's QR fails {@link QrisCode#check}. */
    static final String INVALID_QR = "INVALID_QR";

    /** What the customer would be shown, or why not (a QRIS payCode that fails {@link QrisCode#check}). */
    record Instructions(PaymentInstructions shown, String refusal) {
    }

    static Instructions instructionsFor(JsonNode data, Money amountToPay) {
        String payUrl = PayInJson.text(data, "payUrl");
        String checkoutUrl = payUrl != null ? payUrl : PayInJson.text(data, "payDeskUrl");
        return instructionsFor(PayCode.read(PayInJson.text(data, "payCode")), checkoutUrl, amountToPay);
    }

    static Instructions instructionsFor(PayCode payCode, String checkoutUrl, Money amountToPay) {
        if (payCode instanceof PayCode.QrisText qris) {
            QrisCode.Check check = QrisCode.check(qris.payload(), amountToPay);
            return check instanceof QrisCode.Failed failed
                    ? new Instructions(null, failed.problem() + ": " + failed.detail())
                    : new Instructions(new PaymentInstructions(checkoutUrl, qris.payload(), null, null), null);
        }
        if (payCode instanceof PayCode.CorruptQris corrupt) {
            QrisCode.Check check = QrisCode.read(corrupt.payload());
            return new Instructions(null, check instanceof QrisCode.Failed failed
                    ? failed.problem() + ": " + failed.detail() : "corrupt QRIS text");
        }
        if (payCode instanceof PayCode.ImageUrl image) {
            return new Instructions(new PaymentInstructions(checkoutUrl, null, image.url(), null), null);
        }
        if (payCode instanceof PayCode.ImageData image) {
            return new Instructions(new PaymentInstructions(checkoutUrl, null, image.dataUrl(), null), null);
        }
        if (payCode instanceof PayCode.Text text) {
            return new Instructions(new PaymentInstructions(checkoutUrl, null, null, text.code()), null);
        }
        return new Instructions(new PaymentInstructions(checkoutUrl, null, null, null), null);
    }

    private GatewayCallResult<GatewayReport> reported(JsonNode data, GatewayExchange exchange) {
        String word = PayInJson.text(data, "orderStatus");
        Optional<PaymentStatus> status = PayInStatusWords.of(word);
        if (status.isEmpty()) {
            return GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER,
                    "PayIn reported an orderStatus we do not know: " + word, exchange);
        }
        String orderNo = PayInJson.text(data, "orderNo");
        ReportedAmount amount = PayInJson.reported(data, "amount");
        GatewayReport report = new GatewayReport(status.get(), amount, PayInJson.fee(data, "fee").orElse(null),
                orderNo, word, GatewayReport.Source.QUERY);
        // PayIn's status answer carries payCode and payUrl: a payment whose create answer was lost learns
        // them here (checked exactly as at create), with the amount to pay PayIn states.
        if (amount instanceof ReportedAmount.Present present) {
            Instructions instructions = instructionsFor(data, present.money());
            if (instructions.shown() != null && !instructions.shown().equals(PaymentInstructions.NONE)) {
                report = report.withOffer(new GatewayPaymentCreated(orderNo, present.money(),
                        PayInJson.fee(data, "orderFee").orElse(null), instructions.shown()));
            }
        }
        return GatewayCallResult.accepted(report, exchange);
    }

    /** PayIn's envelope {@code {code, msg, data}}, judged; {@link Envelope#map} continues with {@code data}. */
    private static Envelope readEnvelope(PayInTransport.Reply reply) {
        if (!reply.answered()) {
            return new Envelope(GatewayCallResult.unknown(reply.failureCause(), reply.failure(), reply.exchange()), null,
                    reply.exchange());
        }
        if (reply.httpStatus() >= 500) {
            return new Envelope(GatewayCallResult.unknown(UnknownCause.GATEWAY_ERROR,
                    "PayIn answered HTTP " + reply.httpStatus(), reply.exchange()),
                    null, reply.exchange());
        }
        Optional<JsonNode> json = PayInJson.object(reply.body());
        Optional<Integer> code = json.flatMap(node -> PayInJson.decimal(node, "code", 0)).map(c -> {
            try {
                return c.intValueExact();
            } catch (ArithmeticException notAnInt) {
                return null;
            }
        });
        if (code.isEmpty()) {
            return new Envelope(GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER, "PayIn's answer (HTTP " + reply.httpStatus()
                    + ") is not its JSON envelope", reply.exchange()), null, reply.exchange());
        }
        String msg = PayInJson.text(json.get(), "msg");
        int c = code.get();
        if (c >= 500) {
            return new Envelope(GatewayCallResult.unknown(UnknownCause.GATEWAY_ERROR, "PayIn answered code " + c + ": " + msg, reply.exchange()),
                    null, reply.exchange());
        }
        if (c != 200) {
            return new Envelope(GatewayCallResult.declined(String.valueOf(c), msg, reply.exchange()), null,
                    reply.exchange());
        }
        JsonNode data = json.get().get("data");
        if (data == null || !data.isObject()) {
            return new Envelope(GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER,
                    "PayIn answered code 200 without data", reply.exchange()),
                    null, reply.exchange());
        }
        return new Envelope(null, data, reply.exchange());
    }

    /** Either a final result already (unknown/declined), or the {@code data} of a code-200 answer. */
    private record Envelope(GatewayCallResult<?> failed, JsonNode data, GatewayExchange exchange) {
        @SuppressWarnings("unchecked")
        <T> GatewayCallResult<T> map(java.util.function.Function<JsonNode, GatewayCallResult<T>> onData) {
            return failed != null ? (GatewayCallResult<T>) failed : onData.apply(data);
        }
    }

    private static String nonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
