package id.kasir.web.api.security;

import id.kasir.application.merchant.ApiCaller;
import id.kasir.application.merchant.ApiKey;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API key; its name is the key's name. The key's id scopes the
 * caller's Idempotency-Keys; its name and visible prefix go on timelines and into the audit.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiKey key;

    ApiKeyAuthentication(ApiKey key) {
        super(List.of(new SimpleGrantedAuthority("ROLE_MERCHANT_API")));
        this.key = key;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return key.name();
    }

    @Override
    public String getName() {
        return key.name();
    }

    public long keyId() {
        return key.id();
    }

    /** The caller as the use cases know it, calling from {@code sourceAddress}. */
    public ApiCaller caller(String sourceAddress) {
        return ApiCaller.of(key, sourceAddress);
    }
}
