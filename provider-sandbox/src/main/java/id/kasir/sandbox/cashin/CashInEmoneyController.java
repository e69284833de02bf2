package id.kasir.sandbox.cashin;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cash In's transfer-to-e-wallet API (SNAP): account inquiry (37), transfer (38), transfer status (39).
 * Besides the request faults every Cash In endpoint has, payouts get their own: {@code SLOW_SETTLEMENT}
 * on {@code topup} (the transfer stays processing longer) and {@code NOT_FOUND} on {@code topup-status}
 * (the status query does not know the transfer). Every transfer request that arrives is counted.
 */
@RestController
@RequestMapping("${kasir.sandbox.path:/sandbox}/cashin/pg/fo/api/v1.0/emoney")
public class CashInEmoneyController {

    private static final String INQUIRY = "37";
    private static final String TOPUP = "38";
    private static final String STATUS = "39";
    private static final Pattern CUSTOMER_NUMBER = Pattern.compile("628\\d{6,29}");

    private final SnapRequestGuard guard;
    private final CashInRequestFaults requestFaults;
    private final SandboxFaults faults;
    private final CashInTransferBook transfers;
    private final CashInOrderBook references;
    private final CashInSandboxProperties properties;
    private final CashInScheduler scheduler;

    CashInEmoneyController(SnapRequestGuard guard, CashInRequestFaults requestFaults, SandboxFaults faults,
                           CashInTransferBook transfers, CashInOrderBook references, CashInSandboxProperties properties,
                           CashInScheduler scheduler) {
        this.guard = guard;
        this.requestFaults = requestFaults;
        this.faults = faults;
        this.transfers = transfers;
        this.references = references;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @PostMapping("/account-inquiry")
    public DeferredResult<ResponseEntity<String>> inquiry(@RequestHeader HttpHeaders headers,
                                                          @RequestBody(required = false) byte[] raw) {
        String body = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        return requestFaults.answer("account-inquiry", GatewayAnswer.snapInternalError(INQUIRY), () -> guard
                .refuse(headers, body, "/api/v1.0/emoney/account-inquiry", INQUIRY)
                .orElseGet(() -> CashInQrisController.validated(INQUIRY, () -> inquiry(BodyFields.parseObject(body)))));
    }

    private GatewayAnswer inquiry(JsonNode request) {
        TransferRequest transfer = TransferRequest.read(request, INQUIRY, properties.minimumAmount());
        if (transfer.refusal() != null) {
            return transfer.refusal();
        }
        Optional<String> name = EwalletAccounts.nameOf(transfer.customerNumber());
        if (name.isEmpty()) {
            return GatewayAnswer.snapError(404, INQUIRY, "11", "Invalid Account");
        }
        ObjectNode answer = GatewayAnswer.snapBody(200, INQUIRY, "00", "Successful");
        answer.put("partnerReferenceNo", transfer.partnerReferenceNo());
        money(answer, transfer.amount());
        answer.put("customerName", name.get());
        answer.put("customerNumber", transfer.customerNumber());
        return GatewayAnswer.of(200, answer);
    }

    @PostMapping("/topup")
    public DeferredResult<ResponseEntity<String>> topup(@RequestHeader HttpHeaders headers,
                                                        @RequestBody(required = false) byte[] raw) {
        String body = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        return requestFaults.answer("topup", GatewayAnswer.snapInternalError(TOPUP), () -> guard
                .refuse(headers, body, "/api/v1.0/emoney/topup", TOPUP)
                .orElseGet(() -> CashInQrisController.validated(TOPUP, () -> topup(BodyFields.parseObject(body)))));
    }

    private GatewayAnswer topup(JsonNode request) {
        TransferRequest transfer = TransferRequest.read(request, TOPUP, properties.minimumAmount());
        if (transfer.refusal() != null) {
            return transfer.refusal();
        }
        Optional<String> name = EwalletAccounts.nameOf(transfer.customerNumber());
        if (name.isEmpty()) {
            return GatewayAnswer.snapError(404, TOPUP, "11", "Invalid Account");
        }
        transfers.received(transfer.partnerReferenceNo());
        Instant now = scheduler.clock().instant();
        long slower = faults.fire(CashInRequestFaults.GATEWAY, "topup", Fault.SLOW_SETTLEMENT)
                .map(FaultRule::latencyMillis).orElse(0L);
        CashInTransfer created = new CashInTransfer(transfer.partnerReferenceNo(), references.nextReference("TF", now),
                transfer.amount(), transfer.customerNumber(), name.get(), transfer.channel(), now,
                now.plus(properties.transferSettleDelay()).plusMillis(slower));
        if (!transfers.add(created)) {
            return GatewayAnswer.snapError(409, TOPUP, "01", "Duplicate partnerReferenceNo");
        }
        ObjectNode answer = GatewayAnswer.snapBody(200, TOPUP, "00", "Successful");
        answer.put("partnerReferenceNo", created.partnerReferenceNo());
        answer.put("referenceNo", created.referenceNo());
        money(answer, created.amount());
        answer.put("customerName", created.customerName());
        answer.put("customerNumber", created.customerNumber());
        ObjectNode info = answer.putObject("additionalInfo");
        info.put("channel", created.channel());
        info.put("status", "PROCESSING");
        return GatewayAnswer.of(200, answer);
    }

    @PostMapping("/topup-status")
    public DeferredResult<ResponseEntity<String>> status(@RequestHeader HttpHeaders headers,
                                                         @RequestBody(required = false) byte[] raw) {
        String body = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        return requestFaults.answer("topup-status", GatewayAnswer.snapInternalError(STATUS), () -> guard
                .refuse(headers, body, "/api/v1.0/emoney/topup-status", STATUS)
                .orElseGet(() -> CashInQrisController.validated(STATUS, () -> status(BodyFields.parseObject(body)))));
    }

    private GatewayAnswer status(JsonNode request) {
        String partnerReferenceNo = BodyFields.text(request, "originalPartnerReferenceNo", 64);
        if (!TOPUP.equals(BodyFields.text(request, "serviceCode", 2))) {
            return GatewayAnswer.snapError(400, STATUS, "01", "Invalid Field Format serviceCode");
        }
        Optional<CashInTransfer> found = transfers.byPartnerReference(partnerReferenceNo);
        if (found.isEmpty() || faults.fire(CashInRequestFaults.GATEWAY, "topup-status", Fault.NOT_FOUND).isPresent()) {
            return GatewayAnswer.snapError(404, STATUS, "01", "Transaction Not Found");
        }
        CashInTransfer transfer = found.get();
        String status = CashInTransfer.snapStatus(transfer.state(scheduler.clock().instant()));
        ObjectNode answer = GatewayAnswer.snapBody(200, STATUS, "00", "Successful");
        answer.put("originalPartnerReferenceNo", transfer.partnerReferenceNo());
        answer.put("originalReferenceNo", transfer.referenceNo());
        answer.put("serviceCode", TOPUP);
        money(answer, transfer.amount());
        answer.put("latestTransactionStatus", status);
        answer.put("latestTransactionDesc", CashInOrder.snapDescription(status));
        return GatewayAnswer.of(200, answer);
    }

    private static void money(ObjectNode answer, long rupiah) {
        ObjectNode amount = answer.putObject("amount");
        amount.put("value", BodyFields.snapMoney(rupiah));
        amount.put("currency", "IDR");
    }

    /** The body shared by inquiry and transfer, checked. */
    private record TransferRequest(String partnerReferenceNo, long amount, String customerNumber, String channel,
                                   GatewayAnswer refusal) {

        static TransferRequest read(JsonNode request, String service, long minimumAmount) {
            String partnerReferenceNo = BodyFields.text(request, "partnerReferenceNo", 64);
            long amount = BodyFields.snapAmount(request, "amount");
            String customerNumber = BodyFields.text(request, "customerNumber", 32);
            String channel = BodyFields.text(BodyFields.object(request, "additionalInfo"), "channel", 64);
            GatewayAnswer refusal = null;
            if (!CUSTOMER_NUMBER.matcher(customerNumber).matches()) {
                refusal = GatewayAnswer.snapError(400, service, "01", "Invalid Field Format customerNumber: 628…");
            } else if (EwalletAccounts.channel(channel).isEmpty()) {
                refusal = GatewayAnswer.snapError(400, service, "01", "Invalid Field Format additionalInfo.channel");
            } else if (amount < minimumAmount) {
                refusal = GatewayAnswer.snapError(400, service, "01", "Invalid Field Format amount: the minimum is "
                        + BodyFields.snapMoney(minimumAmount));
            }
            return new TransferRequest(partnerReferenceNo, amount, customerNumber,
                    EwalletAccounts.channel(channel).orElse(channel), refusal);
        }
    }
}
