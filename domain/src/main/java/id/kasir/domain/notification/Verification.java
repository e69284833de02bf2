package id.kasir.domain.notification;

/** How far a notification's origin could be checked. */
public enum Verification {
    /** The signature checked out. */
    VERIFIED,
    /** The gateway does not sign (or no secret is configured): never trusted by itself. */
    UNSIGNED,
    /** A signature was there and was wrong, or the timestamp or replay check failed. */
    REJECTED
}
