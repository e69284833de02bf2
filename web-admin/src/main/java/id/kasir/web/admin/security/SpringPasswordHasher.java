package id.kasir.web.admin.security;

import id.kasir.application.operator.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The application's password port over Spring Security's delegating encoder (bcrypt, {@code {bcrypt}…}). */
final class SpringPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }
}
