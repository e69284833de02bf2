package id.kasir.domain.payout;

/**
 * What a gateway says about a transfer, in domain words (the adapter translates its codes).
 * {@code NOT_FOUND} is the status query's "I do not know this transfer" (it never arrived): the only
 * answer after which the same payout may be sent again (see {@link Payout#mayResend}).
 */
public enum TransferOutcome { PROCESSING, SUCCEEDED, FAILED, NOT_FOUND }
