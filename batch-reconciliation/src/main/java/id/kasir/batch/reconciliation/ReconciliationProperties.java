package id.kasir.batch.reconciliation;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kasir.reconciliation.*}: when the nightly run starts, which payments it reads and how hard it
 * may press each gateway.
 *
 * @param enabled       false: no nightly run on this node (the portal and the command line still work)
 * @param cron          Spring cron (second minute hour day month weekday) of the nightly run, in {@code zone}
 * @param zone          the zone of the cron and of the business date (Asia/Jakarta: WIB)
 * @param minAge        payments created less than this long before the run are left alone (their gateway is still busy with them)
 * @param chunkSize     payments per chunk: the unit that is committed, and restarted after a failure
 * @param threads       threads calling gateways at once, over all gateways
 * @param gateway       the bound per gateway by id ({@code cashin}, {@code cashi}, {@code payin}); others get {@code defaults}
 * @param defaults      the bound for a gateway not listed
 * @param lockAtMostFor how long a run's lock outlives a dead node
 */
@ConfigurationProperties("kasir.reconciliation")
public record ReconciliationProperties(Boolean enabled, String cron, ZoneId zone, Duration minAge, Integer chunkSize,
                                       Integer threads, Map<String, GatewayBound> gateway, GatewayBound defaults,
                                       Duration lockAtMostFor) {

    /**
     * @param concurrency       calls in flight to this gateway at once
     * @param requestsPerSecond calls started per second at most
     */
    public record GatewayBound(Integer concurrency, Integer requestsPerSecond) {
        public GatewayBound {
            concurrency = concurrency == null ? 16 : concurrency;
            requestsPerSecond = requestsPerSecond == null ? 200 : requestsPerSecond;
            if (concurrency < 1 || requestsPerSecond < 1) {
                throw new IllegalArgumentException("kasir.reconciliation: concurrency and requests-per-second must be at least 1");
            }
        }
    }

    public ReconciliationProperties {
        enabled = enabled == null || enabled;
        cron = cron == null ? "0 0 1 * * *" : cron;
        zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
        minAge = minAge == null ? Duration.ofMinutes(15) : minAge;
        chunkSize = chunkSize == null ? 256 : chunkSize;
        threads = threads == null ? 64 : threads;
        gateway = gateway == null ? Map.of() : new LinkedHashMap<>(gateway);
        defaults = defaults == null ? new GatewayBound(null, null) : defaults;
        lockAtMostFor = lockAtMostFor == null ? Duration.ofHours(6) : lockAtMostFor;
        if (chunkSize < 1 || threads < 1) {
            throw new IllegalArgumentException("kasir.reconciliation: chunk-size and threads must be at least 1");
        }
    }

    public GatewayBound boundFor(String gatewayId) {
        return gateway.getOrDefault(gatewayId, defaults);
    }
}
