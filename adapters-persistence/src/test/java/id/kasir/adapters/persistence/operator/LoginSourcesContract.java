package id.kasir.adapters.persistence.operator;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.application.operator.LoginSources;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What any {@link LoginSources} store must do; run against H2 and MySQL by the subclasses. */
public abstract class LoginSourcesContract extends PersistenceContract {

    @Autowired
    LoginSources sources;

    @BeforeEach
    void startEmpty() {
        jdbc.update("DELETE FROM login_sources");
    }

    @Test
    void countsDifferentFailingSourcesWithinTheWindowOnly() {
        sources.failed("vera", "198.51.100.1", T0);
        sources.failed("vera", "198.51.100.1", T0.plusSeconds(5));
        sources.failed("vera", "198.51.100.2", T0.plusSeconds(10));
        sources.failed("otto", "198.51.100.3", T0.plusSeconds(10));

        assertThat(sources.sourcesFailedSince("vera", T0)).isEqualTo(2);
        assertThat(sources.sourcesFailedSince("vera", T0.plusSeconds(6))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT failed_count FROM login_sources WHERE username = 'vera' AND source_address = '198.51.100.1'",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void aSuccessMakesTheSourceKnownAndClearsItsFailures() {
        sources.failed("vera", "10.0.0.1", T0);
        sources.succeeded("vera", "10.0.0.1", T0.plusSeconds(1));
        sources.succeeded("vera", "10.0.0.2", T0.plusSeconds(2));

        assertThat(sources.sourcesFailedSince("vera", T0)).isZero();
        assertThat(sources.succeededSince("vera", "10.0.0.1", T0)).isTrue();
        assertThat(sources.succeededSince("vera", "10.0.0.2", T0.plusSeconds(3))).isFalse();
        assertThat(sources.succeededSince("otto", "10.0.0.1", T0)).isFalse();
    }

    @Test
    void forgettingFailuresKeepsKnownSourcesAndOldRowsAreDeleted() {
        sources.succeeded("vera", "10.0.0.1", T0);
        sources.failed("vera", "198.51.100.1", T0.plus(Duration.ofDays(2)));

        sources.forgetFailures("vera");

        assertThat(sources.sourcesFailedSince("vera", T0)).isZero();
        assertThat(sources.succeededSince("vera", "10.0.0.1", T0)).isTrue();
        assertThat(sources.forgetOlderThan(T0.plus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(sources.succeededSince("vera", "10.0.0.1", T0)).isFalse();
    }

    /** Nodes recording failures from the same new source at once: every one counts, none fails. */
    @Test
    void failuresRecordedAtOnceAllCount() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            done.add(pool.submit(() -> {
                start.await();
                sources.failed("vera", "198.51.100.9", T0);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("SELECT failed_count FROM login_sources WHERE username = 'vera'", Integer.class))
                .isEqualTo(threads);
    }
}
