package id.kasir.application.operator;

/** Turns passwords into one-way hashes and checks them (port: the portal uses Spring Security's encoders). */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
