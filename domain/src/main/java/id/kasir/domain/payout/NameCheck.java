package id.kasir.domain.payout;

/** How the name the gateway confirmed compares with the name the requester expected. */
public enum NameCheck {
    /** The requester gave no name to expect. */
    NOT_GIVEN,
    /** Same name (see {@link PersonName}). */
    MATCHES,
    /** Another name: shown to the approver, who must acknowledge it to approve. */
    DIFFERS
}
