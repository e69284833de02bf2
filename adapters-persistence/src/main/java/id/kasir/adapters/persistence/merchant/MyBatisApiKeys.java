package id.kasir.adapters.persistence.merchant;

import id.kasir.application.merchant.ApiKey;
import id.kasir.application.merchant.ApiKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** API keys on MyBatis. The hash is unique, so two nodes storing the same bootstrap key store it once. */
@Repository
public class MyBatisApiKeys implements ApiKeys {

    private final ApiKeyMapper mapper;

    MyBatisApiKeys(ApiKeyMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ApiKey add(String name, String prefix, String hash, Instant createdAt) {
        ApiKeyRow row = new ApiKeyRow();
        row.name = name;
        row.prefix = prefix;
        row.keyHash = hash;
        row.createdAt = createdAt;
        try {
            mapper.insert(row);
            return mapper.byId(row.id).toApiKey();
        } catch (DuplicateKeyException e) {
            ApiKeyRow stored = mapper.byHash(hash);
            if (stored == null) {
                throw e;
            }
            return stored.toApiKey();
        }
    }

    @Override
    public List<ApiKey> byPrefix(String prefix) {
        return mapper.byPrefix(prefix).stream().map(ApiKeyRow::toApiKey).toList();
    }

    @Override
    public Optional<ApiKey> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(ApiKeyRow::toApiKey);
    }

    @Override
    public List<ApiKey> all() {
        return mapper.all().stream().map(ApiKeyRow::toApiKey).toList();
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return mapper.revoke(id, at) == 1;
    }

    @Override
    public void markUsed(long id, Instant at) {
        mapper.markUsed(id, at);
    }
}
