package id.kasir.batch.reconciliation;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The bound per gateway: at most {@code concurrency} calls in flight and {@code requestsPerSecond}
 * started per second (a Bucket4j token bucket, waited on, never refused). One gateway being slow
 * never holds up another's calls beyond the shared thread pool.
 */
final class GatewayCallLimits {

    private final ReconciliationProperties properties;
    private final Map<String, Limit> limits = new ConcurrentHashMap<>();

    GatewayCallLimits(ReconciliationProperties properties) {
        this.properties = properties;
    }

    private record Limit(Semaphore inFlight, Bucket rate) {
    }

    <T> T call(String gateway, Supplier<T> work) throws InterruptedException {
        Limit limit = limits.computeIfAbsent(gateway, this::limitFor);
        limit.inFlight().acquire();
        try {
            limit.rate().asBlocking().consume(1);
            return work.get();
        } finally {
            limit.inFlight().release();
        }
    }

    private Limit limitFor(String gateway) {
        ReconciliationProperties.GatewayBound bound = properties.boundFor(gateway);
        Bucket bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(bound.requestsPerSecond())
                        .refillGreedy(bound.requestsPerSecond(), Duration.ofSeconds(1)).build())
                .build();
        return new Limit(new Semaphore(bound.concurrency(), true), bucket);
    }
}
