package id.kasir.adapters.cashin;

import id.kasir.domain.money.ReportedAmount;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentStatus;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A notify body read as both of Cash In's documents write it. The table says
 * {@code transactionStatusDesc} and {@code originalExternalId}, the example
 * {@code latestTransactionStatusDec} and {@code orgiginalExternalId}; {@code amount.value} is a string in
 * one and a number in the other. And the notify document puts the merchant's number in
 * {@code originalReferenceNo} and Cash In's in {@code originalPartnerReferenceNo}, the reverse of SNAP
 * and of Cash In's own QRIS query: so the reference we match on is whichever field looks like one of
 * ours (Kasir's references are 20 characters starting with {@code K}), else {@code originalPartnerReferenceNo}
 * (the field SNAP means for the merchant's number), else the other; which field matched is recorded.
 */
public record CashInNotifyBody(String reference, String matchedField, String theirReference, String statusCode,
                               String statusDescription, ReportedAmount amount,
                               Optional<String> originalExternalId) {

    private static final String PARTNER_REF = "originalPartnerReferenceNo";
    private static final String REF = "originalReferenceNo";

    public static CashInNotifyBody read(JsonNode json) {
        String partnerRef = CashInJson.text(json, PARTNER_REF).orElse(null);
        String ref = CashInJson.text(json, REF).orElse(null);
        String reference;
        String matched;
        String theirs;
        if (looksLikeOurs(ref)) {
            reference = ref;
            matched = REF + " (holds our reference, as the notify document has it)";
            theirs = partnerRef;
        } else if (looksLikeOurs(partnerRef)) {
            reference = partnerRef;
            matched = PARTNER_REF + " (holds our reference, as SNAP has it)";
            theirs = ref;
        } else if (partnerRef != null) {
            reference = partnerRef;
            matched = PARTNER_REF + " (neither field looks like a Kasir reference)";
            theirs = ref;
        } else {
            reference = ref;
            matched = REF + " (neither field looks like a Kasir reference)";
            theirs = null;
        }
        return new CashInNotifyBody(reference, matched, theirs,
                CashInJson.text(json, "latestTransactionStatus").orElse(null),
                CashInJson.text(json, "transactionStatusDesc", "latestTransactionStatusDec",
                        "latestTransactionStatusDesc", "latestTransactionDesc").orElse(""),
                CashInJson.reportedSnap(json.get("amount")),
                CashInJson.text(json, "originalExternalId", "orgiginalExternalId"));
    }

    public static boolean looksLikeOurs(String reference) {
        return reference != null && reference.length() == 20 && reference.startsWith("K")
                && reference.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    }

    public Optional<String> missingMandatoryField() {
        if (reference == null) {
            return Optional.of(REF);
        }
        if (statusCode == null) {
            return Optional.of("latestTransactionStatus");
        }
        return Optional.empty();
    }

    /**
     * What it says, in domain words; null when its status is no payment status (04 refunded, 07 not
     * found, anything undocumented): the application then asks Cash In instead of guessing.
     */
    public GatewayReport report() {
        Optional<PaymentStatus> status = CashInTransactionStatus.ofSnap(statusCode);
        return status.map(s -> new GatewayReport(s, amount, null, theirReference,
                (statusCode + " " + statusDescription).trim(), GatewayReport.Source.NOTIFICATION)).orElse(null);
    }
}
