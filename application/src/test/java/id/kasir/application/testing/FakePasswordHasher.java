package id.kasir.application.testing;

import id.kasir.application.operator.PasswordHasher;

/** A password "hash" a test can read: never use outside tests. */
public final class FakePasswordHasher implements PasswordHasher {
    @Override
    public String hash(String rawPassword) {
        return "fake:" + rawPassword;
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return hash("" + rawPassword).equals(hash);
    }
}
