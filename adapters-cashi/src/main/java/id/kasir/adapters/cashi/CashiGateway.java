package id.kasir.adapters.cashi;

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
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * Cashi: dynamic QRIS with a unique amount. {@code create} sends {@code {amount, order_id}} with Kasir's
 * payment reference as {@code order_id} (20 characters of [0-9A-Z]: unique, and safe in Cashi's URLs,
 * unlike the merchant's free-form order id); Cashi answers with the amount the customer must actually
 * pay (what we asked + 1–99 rupiah), its checkout page and a QR picture. {@code query} asks
 * {@code check-status}, where only {@code SETTLED} means paid.
 *
 * <p>Never throws for a gateway problem: no answer, 5xx and unreadable answers are "unknown". Every call
 * goes through one circuit breaker; status checks (safe to repeat) are retried, creation never is.
 */
public final class CashiGateway implements PaymentGateway {

    public static final GatewayId ID = GatewayId.of("cashi");
    public static final Money MINIMUM_AMOUNT = Money.idr(2000);
    public static final GatewayDescriptor DESCRIPTOR =
            new GatewayDescriptor(ID, "Cashi", Set.of(PaymentMethod.QRIS), MINIMUM_AMOUNT,
                    // The document: "QRIS dinamis yang valid selama 10 menit"; it offers no cancel call.
                    CancelAtGateway.fixedLife(Duration.ofMinutes(10)));

    /** Cashi adds 1–99 rupiah to what we ask, so it can tell transfers apart. */
    static final long MIN_UNIQUE_ADDITION = 1;
    static final long MAX_UNIQUE_ADDITION = 99;

    static final String CREATE = "create-order";
    /** The decline code when Cashi's decoded QR fails {@link QrisCode#check}. */
    static final String INVALID_QR = "INVALID_QR";
    static final String CHECK_STATUS = "check-status";

    private final CashiProperties properties;
    private final CashiHttp http;
    private final CircuitBreaker breaker;
    private final Retry queryRetry;
    private final Clock clock;

    public CashiGateway(CashiProperties properties, Clock clock) {
        this(properties, clock, CircuitBreaker.of("cashi", CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .permittedNumberOfCallsInHalfOpenState(3)
                .build()));
    }

    public CashiGateway(CashiProperties properties, Clock clock, CircuitBreaker breaker) {
        this.properties = properties;
        this.http = new CashiHttp(properties);
        this.breaker = breaker;
        this.clock = clock;
        this.queryRetry = Retry.of("cashi-check-status", RetryConfig.<GatewayCallResult<GatewayReport>>custom()
                .maxAttempts(properties.queryAttempts())
                .waitDuration(Duration.ofMillis(300))
                .retryOnResult(result -> result instanceof GatewayCallResult.Unknown<GatewayReport> unknown
                        && unknown.cause() != UnknownCause.CIRCUIT_OPEN)
                .build());
    }

    private static final String CIRCUIT_OPEN = "circuit open";

    @Override
    public GatewayDescriptor descriptor() {
        return DESCRIPTOR;
    }

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    @Override
    public GatewayCallResult<GatewayPaymentCreated> create(GatewayPaymentRequest request) {
        // The application checks these against the descriptor first; this is the last line, with no call made.
        if (request.method() != PaymentMethod.QRIS) {
            return GatewayCallResult.declined("UNSUPPORTED_METHOD", "Cashi offers QRIS only; asked "
                    + request.method(), GatewayExchange.none(CREATE));
        }
        if (!request.amount().currency().equals(Money.IDR) || request.amount().isLessThan(MINIMUM_AMOUNT)) {
            return GatewayCallResult.declined("AMOUNT_BELOW_MINIMUM", "Cashi takes at least " + MINIMUM_AMOUNT
                    + "; asked " + request.amount(), GatewayExchange.none(CREATE));
        }
        long rupiah;
        try {
            rupiah = request.amount().toWholeUnits();
        } catch (ArithmeticException fraction) {
            return GatewayCallResult.declined("AMOUNT_NOT_WHOLE", "Cashi takes whole rupiah; asked "
                    + request.amount(), GatewayExchange.none(CREATE));
        }
        String body = "{\"amount\":" + rupiah + ",\"order_id\":" + CashiJson.quote(request.reference()) + "}";
        URI uri = URI.create(properties.baseUrl() + "/api/create-order");
        String requestText = "POST " + uri + "\n" + http.apiKeyHeader() + ": " + CashiMasking.MASK + "\n\n" + body;

        if (!breaker.tryAcquirePermission()) {
            return GatewayCallResult.unknown(UnknownCause.CIRCUIT_OPEN,
                    CIRCUIT_OPEN + ": Cashi failed too often lately; not called", new GatewayExchange(CREATE, requestText, null, 0, Duration.ZERO));
        }
        CashiHttp.WireAnswer answer = http.postJson(uri, body.getBytes(StandardCharsets.UTF_8));
        recordOnBreaker(answer);
        return new CashiCreateAnswer(request, rupiah, clock.instant().plus(properties.qrLifetime()))
                .interpret(answer, requestText);
    }

    @Override
    public GatewayCallResult<GatewayReport> query(GatewayPaymentLookup lookup) {
        return queryRetry.executeSupplier(() -> queryOnce(lookup));
    }

    private GatewayCallResult<GatewayReport> queryOnce(GatewayPaymentLookup lookup) {
        URI uri = URI.create(properties.baseUrl() + "/api/check-status/"
                + UriUtils.encodePathSegment(lookup.reference(), StandardCharsets.UTF_8));
        String requestText = "GET " + uri + "\n" + http.apiKeyHeader() + ": " + CashiMasking.MASK;
        if (!breaker.tryAcquirePermission()) {
            return GatewayCallResult.unknown(UnknownCause.CIRCUIT_OPEN,
                    CIRCUIT_OPEN + ": Cashi failed too often lately; not called", new GatewayExchange(CHECK_STATUS, requestText, null, 0, Duration.ZERO));
        }
        CashiHttp.WireAnswer answer = http.get(uri);
        recordOnBreaker(answer);
        return interpretStatus(lookup, answer, requestText);
    }

    private GatewayCallResult<GatewayReport> interpretStatus(GatewayPaymentLookup lookup, CashiHttp.WireAnswer answer,
                                                             String requestText) {
        GatewayExchange exchange = new GatewayExchange(CHECK_STATUS, requestText,
                answer.answered() ? CashiMasking.response(answer.body()) : "no answer: " + answer.failure(),
                answer.status(), answer.took());
        CashiAnswerCheck<GatewayReport> checked = CashiAnswerCheck.of(answer, exchange, lookup.reference());
        if (!checked.passed()) {
            return checked.problem();
        }
        JsonNode node = checked.node();
        Optional<String> word = CashiJson.text(node, "status");
        Optional<PaymentStatus> mapped = word.flatMap(CashiStatusWords::toStatus);
        if (mapped.isEmpty()) {
            return GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER,
                    word.map(w -> "unknown Cashi status '" + w + "'").orElse("Cashi's answer has no status"), exchange);
        }
        // The amount goes to the payment as read: a SETTLED without a usable amount is the domain's to refuse.
        ReportedAmount amount = CashiJson.reported(node, "amount");
        String providerTxId = CashiJson.text(node, "provider_tx_id").orElse(null);
        GatewayReport report = new GatewayReport(mapped.get(), amount, null, providerTxId, word.get(),
                GatewayReport.Source.QUERY);
        if (mapped.get() != PaymentStatus.PAID && amount instanceof ReportedAmount.Present present) {
            // check-status has no QR, but an unpaid order's amount is the unique amount to pay: a payment whose
            // create answer was lost learns it, so paying it is not an amount mismatch. Its QR has lived since the
            // create was sent (at the latest): it dies qr-lifetime after the payment was made, not when asked.
            report = report.withOffer(new GatewayPaymentCreated(providerTxId, present.money(), null,
                    PaymentInstructions.NONE, lookup.createdAt().plus(properties.qrLifetime())));
        }
        return GatewayCallResult.accepted(report, exchange);
    }

    private void recordOnBreaker(CashiHttp.WireAnswer answer) {
        long nanos = answer.took().toNanos();
        if (!answer.answered() || answer.status() >= 500) {
            breaker.onError(nanos, TimeUnit.NANOSECONDS, new CashiUnavailable(answer.answered()
                    ? "HTTP " + answer.status() : answer.failure()));
        } else {
            breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Why a call counted as a failure on the circuit breaker. */
    static final class CashiUnavailable extends RuntimeException {
        CashiUnavailable(String why) {
            super(why, null, false, false);
        }
    }

    /** Reads create-order's answer: the amount to pay, the checkout page, the QR. */
    private record CashiCreateAnswer(GatewayPaymentRequest request, long askedRupiah, Instant qrDies) {

        GatewayCallResult<GatewayPaymentCreated> interpret(CashiHttp.WireAnswer answer, String requestText) {
            String responseText = answer.answered() ? CashiMasking.response(answer.body()) : "no answer: " + answer.failure();
            GatewayExchange exchange = new GatewayExchange(CREATE, requestText, responseText, answer.status(), answer.took());
            CashiAnswerCheck<GatewayPaymentCreated> checked = CashiAnswerCheck.of(answer, exchange, request.reference());
            if (!checked.passed()) {
                return checked.problem();
            }
            JsonNode node = checked.node();
            Optional<Money> toPay = CashiJson.rupiah(node, "amount");
            if (toPay.isEmpty()) {
                // The order may exist at Cashi, but we cannot tell the customer what to pay.
                return GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER,
                        "Cashi's answer has no readable amount to pay", exchange);
            }
            Money asked = request.amount();
            Money lowest = asked.plus(Money.idr(MIN_UNIQUE_ADDITION));
            Money highest = asked.plus(Money.idr(MAX_UNIQUE_ADDITION));
            if (toPay.get().isLessThan(lowest) || toPay.get().isGreaterThan(highest)) {
                // Not what Cashi documents: we will not show the customer an amount we cannot vouch for.
                // No one sees this QR, so no money moves; it dies at Cashi within its lifetime.
                return GatewayCallResult.declined("UNEXPECTED_AMOUNT_TO_PAY", "Cashi asks " + toPay.get()
                        + " for " + asked + "; expected " + lowest.toPlainString() + " to " + highest.toPlainString(),
                        exchange);
            }
            String qrUrl = CashiJson.text(node, "qrUrl").orElse(null);
            String qrContent = CashiQrReader.contentOf(qrUrl).orElse(null);
            if (qrContent != null && QrisCode.check(qrContent, toPay.get()) instanceof QrisCode.Failed failed) {
                // Never shown: a QR for another amount, static, or broken. It dies at Cashi within its lifetime.
                return GatewayCallResult.declined(INVALID_QR, "Cashi's QR fails the QRIS checks: " + failed.problem()
                        + ": " + failed.detail(), exchange);
            }
            PaymentInstructions instructions = new PaymentInstructions(
                    CashiJson.text(node, "checkout_url").orElse(null), qrContent, qrUrl, null);
            // Cashi has no id of its own in this answer; provider_tx_id arrives with check-status. Its QR lives
            // qr-lifetime (10 minutes): the payment's expiry is capped at that.
            return GatewayCallResult.accepted(new GatewayPaymentCreated(null, toPay.get(), null, instructions, qrDies),
                    exchange);
        }
    }
}
