package id.kasir.app;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kasir.reconciliation.janitor.*}: the re-queries between nightly runs of payments whose create
 * outcome was unknown or whose notification could not be verified or applied.
 *
 * @param enabled   false: no janitor on this node
 * @param interval  how often it looks for payments that are due
 * @param backoff   when each question is due, counted from the start of the doubt (after the last: the nightly run)
 * @param batchSize candidates looked at per pass
 */
@ConfigurationProperties("kasir.reconciliation.janitor")
public record JanitorProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30s") Duration interval,
        @DefaultValue({"1m", "5m", "30m", "2h"}) List<Duration> backoff,
        @DefaultValue("200") int batchSize) {
}
