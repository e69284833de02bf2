package id.kasir.domain.payout;

import id.kasir.domain.money.Money;
import java.util.Objects;

/**
 * The gateway's word on a transfer, from the transfer's own answer (service 38) or a status query (39),
 * already translated by the adapter. {@code amount} is what the gateway says was transferred, when it
 * says; {@code gatewayStatus} is its own code and words, kept for the timeline.
 */
public record TransferReport(TransferOutcome outcome, Money amount, String gatewayReference, String gatewayStatus,
                             Source source) {

    /** Where the word came from: it changes nothing in the rules, but the timeline says so. */
    public enum Source { TRANSFER_ANSWER, STATUS_QUERY }

    public TransferReport {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(source, "source");
        gatewayStatus = gatewayStatus == null || gatewayStatus.isBlank() ? outcome.name() : gatewayStatus;
    }

    /** The gateway refused the transfer (a business "no", e.g. invalid account): the money did not leave. */
    public static TransferReport declined(String code, String message) {
        return new TransferReport(TransferOutcome.FAILED, null, null,
                ((code == null ? "" : code + " ") + (message == null ? "" : message)).strip(), Source.TRANSFER_ANSWER);
    }
}
