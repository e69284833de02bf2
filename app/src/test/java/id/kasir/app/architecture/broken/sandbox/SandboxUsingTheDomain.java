package id.kasir.app.architecture.broken.sandbox;

import id.kasir.app.architecture.broken.domain.DomainUsingSpring;

/** Breaks "the sandbox knows nothing of Kasir". */
public class SandboxUsingTheDomain {
    public Object peek() {
        return new DomainUsingSpring();
    }
}
