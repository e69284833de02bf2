package id.kasir.app.architecture.broken.application;

import id.kasir.app.architecture.broken.adapters.persistence.MyBatisThing;

/** Breaks "the application depends on the domain only". */
public class UseCaseUsingAnAdapter {
    public Object repository() {
        return new MyBatisThing();
    }
}
