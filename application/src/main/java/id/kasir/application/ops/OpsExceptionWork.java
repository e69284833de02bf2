package id.kasir.application.ops;

import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionRefused;
import id.kasir.domain.ops.OpsExceptions;

/** Loading and compare-and-set saving of exceptions, shared by the workflow's use cases. */
final class OpsExceptionWork {

    private OpsExceptionWork() {
    }

    static OpsException load(OpsExceptions opsExceptions, long id) {
        return opsExceptions.byId(id).orElseThrow(() -> new OpsExceptionRefused(OpsExceptionRefused.Reason.NOT_FOUND,
                "Exception " + id + " does not exist"));
    }

    /** Stores {@code changed} if nobody changed {@code read} meanwhile; refuses otherwise. */
    static void save(OpsExceptions opsExceptions, OpsException changed, OpsException read) {
        if (!opsExceptions.save(changed, read.state())) {
            throw new OpsExceptionRefused(OpsExceptionRefused.Reason.CHANGED_MEANWHILE,
                    "Exception " + read.id() + " was changed by someone else meanwhile; look at it again");
        }
    }
}
