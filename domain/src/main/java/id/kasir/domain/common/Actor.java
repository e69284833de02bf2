package id.kasir.domain.common;

import java.util.Objects;

/**
 * Who or what caused a change: a gateway's notification, a query we made, the clock, an ops person.
 * Every timeline event and audit entry names one, so a state can always be explained.
 */
public record Actor(Kind kind, String name) {

    /**
     * {@code OPERATOR}: a signed-in ops person (the name is their username). {@code UNAUTHENTICATED}: someone at
     * the login page who is not signed in — the name is only what they typed, which may be no account at all, and
     * no role is implied (issue 16: a failed login by an unknown user must not read as an operator).
     */
    public enum Kind { GATEWAY, SYSTEM, CLOCK, OPERATOR, MERCHANT, UNAUTHENTICATED }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An actor needs a name");
        }
    }

    public static Actor gateway(String gateway) {
        return new Actor(Kind.GATEWAY, gateway);
    }

    public static Actor system(String job) {
        return new Actor(Kind.SYSTEM, job);
    }

    public static Actor clock() {
        return new Actor(Kind.CLOCK, "clock");
    }

    public static Actor operator(String username) {
        return new Actor(Kind.OPERATOR, username);
    }

    /** Whoever typed {@code typedUsername} at the login page, not signed in (see {@link Kind#UNAUTHENTICATED}). */
    public static Actor unauthenticated(String typedUsername) {
        return new Actor(Kind.UNAUTHENTICATED, typedUsername);
    }

    public static Actor merchant(String apiKeyName) {
        return new Actor(Kind.MERCHANT, apiKeyName);
    }

    /** The stored form, e.g. {@code GATEWAY:cashin}. */
    public String asText() {
        return kind + ":" + name;
    }

    public static Actor parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not an actor: " + text);
        }
        return new Actor(Kind.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return asText();
    }
}
