package id.kasir.web.admin.payments;

import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptions;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which payments carry an open ops exception, for the marker in payment lists. An exception's subject is the id
 * of what it is about (a payment id for the payment kinds), so the set holds ids; it is read once per page from
 * the open exceptions, at most {@link #MOST_READ} of them (an inbox of more than that is itself the alarm).
 */
@Component
public class OpenExceptionMarks {

    static final int MOST_READ = 1000;

    private final OpsExceptions exceptions;

    OpenExceptionMarks(OpsExceptions exceptions) {
        this.exceptions = exceptions;
    }

    /** The subjects (payment ids) of the open exceptions. */
    public Set<String> paymentIds() {
        return exceptions.open(MOST_READ).stream().map(OpsException::subject).collect(Collectors.toUnmodifiableSet());
    }
}
