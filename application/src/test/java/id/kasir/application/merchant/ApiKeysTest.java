package id.kasir.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.testing.TestMerchantKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private final TestMerchantKasir kasir = new TestMerchantKasir();
    private final Actor ops = Actor.operator("siti");

    @Test
    void issuesAKeyOfTheDocumentedShapeAndStoresOnlyItsHashAndPrefix() {
        IssuedApiKey issued = kasir.issueApiKey.issue("shop backend", ops, "10.0.0.1");

        assertThat(issued.plaintext()).matches("kasir_test_[A-Za-z0-9_-]{43}");
        ApiKey stored = kasir.apiKeys.all().get(0);
        assertThat(stored.hash()).isEqualTo(ApiKeyFormat.hashOf(issued.plaintext())).doesNotContain(issued.plaintext());
        assertThat(stored.prefix()).isEqualTo(issued.plaintext().substring(0, "kasir_test_".length() + 6));
        assertThat(issued.toString()).doesNotContain(issued.plaintext());
        assertThat(kasir.audit.recent(null, 10)).singleElement()
                .satisfies(e -> assertThat(e.entry().detail()).doesNotContain(issued.plaintext()));
    }

    @Test
    void twoIssuedKeysAreDifferent() {
        assertThat(kasir.issueApiKey.issue("a", ops, null).plaintext())
                .isNotEqualTo(kasir.issueApiKey.issue("b", ops, null).plaintext());
    }

    @Test
    void authenticatesTheIssuedKeyAndNothingElse() {
        String key = kasir.issueApiKey.issue("shop", ops, null).plaintext();

        assertThat(kasir.authenticateApiKey.authenticate(key)).get().extracting(ApiKey::name).isEqualTo("shop");
        assertThat(kasir.authenticateApiKey.authenticate(key + "x")).isEmpty();
        char last = key.charAt(key.length() - 1);
        String oneCharacterOff = key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(kasir.authenticateApiKey.authenticate(oneCharacterOff)).isEmpty();
        assertThat(kasir.authenticateApiKey.authenticate("")).isEmpty();
        assertThat(kasir.authenticateApiKey.authenticate(null)).isEmpty();
    }

    @Test
    void aRevokedKeyNoLongerAuthenticates() {
        IssuedApiKey issued = kasir.issueApiKey.issue("shop", ops, null);

        kasir.revokeApiKey.revoke(issued.key().id(), ops, "10.0.0.1");

        assertThat(kasir.authenticateApiKey.authenticate(issued.plaintext())).isEmpty();
        assertThatThrownBy(() -> kasir.revokeApiKey.revoke(issued.key().id(), ops, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("already revoked");
    }

    @Test
    void recordsLastUseAtMostOnceAMinute() {
        String key = kasir.issueApiKey.issue("shop", ops, null).plaintext();
        var first = kasir.clock.instant();

        kasir.authenticateApiKey.authenticate(key);
        kasir.clock.advance(Duration.ofSeconds(30));
        kasir.authenticateApiKey.authenticate(key);
        assertThat(kasir.apiKeys.all().get(0).lastUsedAt()).isEqualTo(first);

        kasir.clock.advance(Duration.ofSeconds(30));
        kasir.authenticateApiKey.authenticate(key);
        assertThat(kasir.apiKeys.all().get(0).lastUsedAt()).isEqualTo(first.plusSeconds(60));
    }

    @Test
    void storesTheBootstrapKeyOnceAndAuthenticatesIt() {
        String bootstrap = "a-long-enough-bootstrap-key-for-dev";

        assertThat(kasir.issueApiKey.ensureExists(bootstrap, "bootstrap")).isTrue();
        assertThat(kasir.issueApiKey.ensureExists(bootstrap, "bootstrap")).isFalse();

        assertThat(kasir.apiKeys.all()).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("bootstrap");
            assertThat(k.prefix()).isEqualTo("a-long");
        });
        assertThat(kasir.authenticateApiKey.authenticate(bootstrap)).isPresent();
    }

    @Test
    void doesNotBringBackABootstrapKeyThatOpsRevoked() {
        String bootstrap = "kasir_dev_a-long-enough-bootstrap-key";
        kasir.issueApiKey.ensureExists(bootstrap, "bootstrap");
        kasir.revokeApiKey.revoke(1, ops, null);

        assertThat(kasir.issueApiKey.ensureExists(bootstrap, "bootstrap")).isFalse();
        assertThat(kasir.authenticateApiKey.authenticate(bootstrap)).isEmpty();
    }

    @Test
    void refusesAShortBootstrapKey() {
        assertThatThrownBy(() -> kasir.issueApiKey.ensureExists("short", "bootstrap"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("at least 20");
        assertThat(kasir.issueApiKey.ensureExists("", "bootstrap")).isFalse();
    }
}
