package id.kasir.adapters.persistence.merchant;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.merchant.ApiKey;
import id.kasir.application.merchant.ApiKeyFormat;
import id.kasir.application.merchant.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the {@link ApiKeys} repository must do; run against H2 and MySQL by the subclasses. */
abstract class ApiKeysContract extends MerchantTablesContract {

    @Autowired
    ApiKeys keys;

    private static final String KEY = "kasir_test_AbCdEf0123456789abcdefghijklmnopqrstuvwxyzAB";

    @Test
    void storesAKeyByHashAndFindsItByItsPrefix() {
        ApiKey stored = keys.add("shop", ApiKeyFormat.prefixOf(KEY), ApiKeyFormat.hashOf(KEY), T0);

        assertThat(stored.id()).isPositive();
        assertThat(keys.byPrefix("kasir_test_AbCdEf")).containsExactly(stored);
        assertThat(keys.byPrefix("kasir_test_abcdef"))
                .as("a case-insensitive collation may return it; the hash comparison decides")
                .allMatch(k -> k.id() == stored.id());
        assertThat(keys.byId(stored.id())).contains(stored);
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.isActive()).isTrue();
    }

    @Test
    void storingTheSameHashTwiceAnswersTheStoredKey() {
        ApiKey first = keys.add("bootstrap", "kasir_", ApiKeyFormat.hashOf(KEY), T0);
        ApiKey second = keys.add("bootstrap", "kasir_", ApiKeyFormat.hashOf(KEY), T0.plusSeconds(1));

        assertThat(second).isEqualTo(first);
        assertThat(keys.all()).hasSize(1);
    }

    @Test
    void revokesOnceAndListsNewestFirst() {
        ApiKey a = keys.add("a", "p-a", ApiKeyFormat.hashOf("a" + KEY), T0);
        ApiKey b = keys.add("b", "p-b", ApiKeyFormat.hashOf("b" + KEY), T0);

        assertThat(keys.revoke(a.id(), T0.plusSeconds(5))).isTrue();
        assertThat(keys.revoke(a.id(), T0.plusSeconds(6))).isFalse();
        assertThat(keys.revoke(999_999, T0)).isFalse();

        assertThat(keys.all()).extracting(ApiKey::name).containsExactly("b", "a");
        assertThat(keys.byId(a.id()).orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(keys.byId(b.id()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void recordsLastUseNeverBackwards() {
        ApiKey a = keys.add("a", "p-a", ApiKeyFormat.hashOf(KEY), T0);

        keys.markUsed(a.id(), T0.plusSeconds(60));
        keys.markUsed(a.id(), T0.plusSeconds(30));

        assertThat(keys.byId(a.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(60));
    }
}
