package id.kasir.application.merchant;

import id.kasir.domain.common.Actor;
import java.util.Objects;

/**
 * Who is calling the merchant API: the API key (its id scopes Idempotency-Keys, its name and visible
 * prefix say on timelines and in the audit which key did what) and where the call came from.
 *
 * @param sourceAddress the caller's address as the web layer sees it, for the audit; may be null
 */
public record ApiCaller(long keyId, String keyName, String keyPrefix, String sourceAddress) {

    public ApiCaller {
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    public static ApiCaller of(ApiKey key, String sourceAddress) {
        return new ApiCaller(key.id(), key.name(), key.prefix(), sourceAddress);
    }

    /**
     * The actor on timelines and in the audit: the key's owner name and its visible prefix, e.g.
     * {@code MERCHANT:pos-terminal (kasir_live_Ab3dEf…)}. The prefix tells apart two keys with one name
     * (an old, revoked key and its replacement).
     */
    public Actor actor() {
        return Actor.merchant(keyName + " (" + keyPrefix + "…)");
    }
}
