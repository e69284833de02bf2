package id.kasir.app.architecture.broken.domain;

import id.kasir.app.architecture.broken.app.BrokenApplication;

/** Breaks "no module depends on the composition root". */
public class DomainUsingTheApp {
    public Object app() {
        return new BrokenApplication();
    }
}
