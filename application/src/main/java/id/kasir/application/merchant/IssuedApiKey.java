package id.kasir.application.merchant;

import java.util.Objects;

/** A key just issued: the only moment its plaintext exists; show it once, never store or log it. */
public record IssuedApiKey(ApiKey key, String plaintext) {
    public IssuedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plaintext, "plaintext");
    }

    @Override
    public String toString() {
        return "IssuedApiKey[" + key.name() + " " + key.prefix() + "…]";
    }
}
