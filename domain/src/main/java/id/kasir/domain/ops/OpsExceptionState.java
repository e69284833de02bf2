package id.kasir.domain.ops;

/**
 * Where an ops exception is in its workflow. {@code OPEN}: raised, nobody has taken it yet.
 * {@code IN_PROGRESS}: someone owns it, or a decision is being carried out (a refund that is not yet
 * recorded done). {@code RESOLVED}: decided and closed; final, it stays findable with its history.
 */
public enum OpsExceptionState {
    OPEN, IN_PROGRESS, RESOLVED
}
