package id.kasir.domain.common;

/** A request that the domain's rules refuse (not a bug, not an outage): shown to the caller as-is. */
public class DomainRuleViolation extends RuntimeException {
    public DomainRuleViolation(String message) {
        super(message);
    }
}
