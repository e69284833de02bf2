package id.kasir.web.api;

import id.kasir.application.merchant.IssueApiKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * At startup, makes sure the configured bootstrap key ({@code kasir.api.bootstrap-key} or
 * {@code KASIR_API_KEY}) is an active API key named "bootstrap". Logs that it did, never the key.
 */
final class BootstrapApiKey implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapApiKey.class);
    private final IssueApiKey issueApiKey;
    private final String key;

    BootstrapApiKey(IssueApiKey issueApiKey, String key) {
        this.issueApiKey = issueApiKey;
        this.key = key == null ? "" : key;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (key.isBlank()) {
            return;
        }
        if (issueApiKey.ensureExists(key, "bootstrap")) {
            log.info("Stored the configured bootstrap API key (KASIR_API_KEY) as API key 'bootstrap'");
        } else {
            log.info("The configured bootstrap API key is already known (or was revoked in the portal)");
        }
        if (key.length() < 32) {
            log.warn("The bootstrap API key is shorter than 32 characters: fine for a demo, too weak for production");
        }
    }
}
