package id.kasir.adapters.cashin;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.AccountInquiry;
import id.kasir.domain.payout.AccountInquiryAnswer;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.TransferLookup;
import id.kasir.domain.payout.TransferOrder;
import id.kasir.domain.payout.TransferOutcome;
import id.kasir.domain.payout.TransferReport;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Cash In's transfer to e-wallet over SNAP ({@code cashin-ewallet-transfer.txt}): account inquiry (37),
 * transfer (38) and transfer status (39), signed SHA256withRSA with the merchant's key over
 * {@code /api/v1.0/emoney/...} (the path without {@code /pg/fo}), with the same headers as QRIS.
 * Amounts are SNAP strings with two decimals ({@code "50000.00"}).
 *
 * <p>Every answer is read by {@link CashInEmoneyAnswer} first; a success must also be about <em>this</em>
 * request (the partnerReferenceNo and amount it echoes), because a {@code 2003800} is in the document's
 * table twice, once as "Invalid field format": a success code alone proves nothing.
 */
public final class CashInEmoneyClient {

    static final String INQUIRY_PATH = "/pg/fo/api/v1.0/emoney/account-inquiry";
    static final String INQUIRY_SIGNED_PATH = "/api/v1.0/emoney/account-inquiry";
    static final String TRANSFER_PATH = "/pg/fo/api/v1.0/emoney/topup";
    static final String TRANSFER_SIGNED_PATH = "/api/v1.0/emoney/topup";
    static final String STATUS_PATH = "/pg/fo/api/v1.0/emoney/topup-status";
    static final String STATUS_SIGNED_PATH = "/api/v1.0/emoney/topup-status";
    static final String TRANSFER_SERVICE = "38";
    /** Cash In's {@code customerName} is String(255), as our column. */
    static final int NAME_MAX_LENGTH = 255;

    private final CashInProperties properties;
    private final CashInSnapSigner signer;
    private final CashInHttp http;

    public CashInEmoneyClient(CashInProperties properties, CashInSnapSigner signer, CashInHttp http) {
        this.properties = properties;
        this.signer = signer;
        this.http = http;
    }

    /** Service 37. A 404 (Cash In: "Invalid Account") is an answer: the account does not exist. */
    public GatewayCallResult<AccountInquiryAnswer> inquire(AccountInquiry inquiry) {
        Call call = post("account-inquiry", INQUIRY_PATH, INQUIRY_SIGNED_PATH,
                transferBody(inquiry.partnerReferenceNo(), inquiry.amount(), inquiry.customerNumber(), inquiry.channel()));
        return call.meaning().result(call.exchange(), body -> found(body, inquiry, call.exchange()),
                missing -> GatewayCallResult.accepted(new AccountInquiryAnswer.AccountNotFound(missing.code(),
                        missing.message()), call.exchange()));
    }

    private static GatewayCallResult<AccountInquiryAnswer> found(JsonNode body, AccountInquiry inquiry,
                                                                  GatewayExchange exchange) {
        Optional<String> about = echoMismatch(body, "partnerReferenceNo", inquiry.partnerReferenceNo())
                .or(() -> echoMismatch(body, "customerNumber", inquiry.customerNumber()));
        if (about.isPresent()) {
            return GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER, about.get(), exchange);
        }
        Optional<String> name = CashInJson.text(body, "customerName");
        if (name.isEmpty() || name.get().length() > NAME_MAX_LENGTH) {
            return GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER,
                    "a successful inquiry without a usable customerName", exchange);
        }
        return GatewayCallResult.accepted(new AccountInquiryAnswer.AccountFound(name.get()), exchange);
    }

    /** Service 38. Never retried here: a second call after a time-out could move the money twice. */
    public GatewayCallResult<TransferReport> transfer(TransferOrder order) {
        Call call = post("transfer", TRANSFER_PATH, TRANSFER_SIGNED_PATH,
                transferBody(order.partnerReferenceNo(), order.amount(), order.customerNumber(), order.channel()));
        // A 404 on a transfer is Cash In's "Invalid Account": refused like any other 4xx, nothing was sent.
        return call.meaning().result(call.exchange(), body -> transferred(body, order, call.exchange()),
                missing -> GatewayCallResult.declined(missing.code(), missing.message(), call.exchange()));
    }

    private static GatewayCallResult<TransferReport> transferred(JsonNode body, TransferOrder order,
                                                                 GatewayExchange exchange) {
        Optional<String> about = CashInJson.text(body, "partnerReferenceNo").isEmpty()
                ? Optional.of("a success code without the transfer's partnerReferenceNo is not proof of a transfer")
                : echoMismatch(body, "partnerReferenceNo", order.partnerReferenceNo())
                        .or(() -> amountMismatch(body, order.amount()));
        if (about.isPresent()) {
            return GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER, about.get(), exchange);
        }
        Optional<String> snapStatus = CashInJson.text(body, "latestTransactionStatus");
        Optional<String> word = Optional.ofNullable(body.get("additionalInfo"))
                .flatMap(info -> CashInJson.text(info, "status"));
        TransferOutcome outcome = snapStatus.flatMap(CashInTransferStatus::ofSnap)
                .or(() -> word.flatMap(CashInTransferStatus::ofWord))
                .orElse(TransferOutcome.PROCESSING);
        if (outcome == TransferOutcome.NOT_FOUND) {
            outcome = TransferOutcome.PROCESSING;   // it answered the transfer itself: it has it
        }
        String said = ("2003800 " + snapStatus.or(() -> word).orElse("accepted")).trim();
        return GatewayCallResult.accepted(new TransferReport(outcome, CashInJson.money(body.get("amount")).orElse(null),
                CashInJson.text(body, "referenceNo", "originalReferenceNo").orElse(null), said,
                TransferReport.Source.TRANSFER_ANSWER), exchange);
    }

    /** Service 39. 404 (transaction not found) and status 07 are the typed "not found". */
    public GatewayCallResult<TransferReport> status(TransferLookup lookup) {
        Map<String, Object> body = CashInJson.object();
        body.put("originalPartnerReferenceNo", lookup.partnerReferenceNo());
        body.put("serviceCode", TRANSFER_SERVICE);
        Call call = post("transfer-status", STATUS_PATH, STATUS_SIGNED_PATH, CashInJson.write(body));
        return call.meaning().result(call.exchange(), answer -> reported(answer, lookup, call.exchange()),
                missing -> GatewayCallResult.accepted(new TransferReport(TransferOutcome.NOT_FOUND, null, null,
                        ((missing.code() == null ? "" : missing.code()) + " " + missing.message()).trim(),
                        TransferReport.Source.STATUS_QUERY), call.exchange()));
    }

    private static GatewayCallResult<TransferReport> reported(JsonNode body, TransferLookup lookup,
                                                              GatewayExchange exchange) {
        Optional<String> about = echoMismatch(body, "originalPartnerReferenceNo", lookup.partnerReferenceNo());
        if (about.isPresent()) {
            return GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER, about.get(), exchange);
        }
        Optional<String> code = CashInJson.text(body, "latestTransactionStatus");
        Optional<TransferOutcome> outcome = code.flatMap(CashInTransferStatus::ofSnap);
        if (outcome.isEmpty()) {
            return GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER,
                    "latestTransactionStatus " + code.orElse("(none)") + " is not in the document", exchange);
        }
        Optional<Money> amount = CashInJson.money(body.get("amount"));
        if (outcome.get() == TransferOutcome.SUCCEEDED && amount.isEmpty()) {
            // Success is believed only for a stated amount, which the payout then compares with its own.
            return GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER,
                    "a successful transfer status without a readable amount", exchange);
        }
        String description = CashInJson.text(body, "latestTransactionDesc", "transactionStatusDesc").orElse("");
        return GatewayCallResult.accepted(new TransferReport(outcome.get(), amount.orElse(null),
                CashInJson.text(body, "originalReferenceNo").filter(r -> !r.equals(lookup.partnerReferenceNo()))
                        .orElse(null), (code.get() + " " + description).trim(), TransferReport.Source.STATUS_QUERY),
                exchange);
    }

    private static Optional<String> echoMismatch(JsonNode body, String field, String ours) {
        return CashInJson.text(body, field).filter(echoed -> !echoed.equals(ours))
                .map(echoed -> "the answer is about " + field + " " + echoed + ", not ours");
    }

    private static Optional<String> amountMismatch(JsonNode body, Money ours) {
        return CashInJson.money(body.get("amount"))
                .filter(echoed -> !echoed.currency().equals(ours.currency()) || echoed.compareTo(ours) != 0)
                .map(echoed -> "the answer echoes " + echoed + ", we sent " + ours);
    }

    private static String transferBody(String partnerReferenceNo, Money amount, String customerNumber,
                                       EwalletChannel channel) {
        Map<String, Object> body = CashInJson.object();
        body.put("partnerReferenceNo", partnerReferenceNo);
        Map<String, Object> value = CashInJson.object();
        value.put("value", amount.toPlainString());
        value.put("currency", amount.currency().getCurrencyCode());
        body.put("amount", value);
        body.put("customerNumber", customerNumber);
        Map<String, Object> info = CashInJson.object();
        info.put("channel", CashInEwalletChannel.of(channel));
        body.put("additionalInfo", info);
        return CashInJson.write(body);
    }

    /** One signed call and what it meant; the exchange is kept for the timeline, signature and number masked. */
    private record Call(CashInEmoneyAnswer meaning, GatewayExchange exchange) {
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
        GatewayExchange exchange = new GatewayExchange(operation,
                "POST " + path + "\n" + CashInMasking.headers(headers) + CashInMasking.body(body),
                answer.answered() ? CashInMasking.body(answer.body()) : answer.failure(), answer.status(), answer.took());
        return new Call(CashInEmoneyAnswer.of(answer, readTimeout()), exchange);
    }

    private Duration readTimeout() {
        return properties.readTimeout();
    }
}
