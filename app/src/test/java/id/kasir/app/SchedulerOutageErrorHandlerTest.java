package id.kasir.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.MutableClock;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

@ExtendWith(OutputCaptureExtension.class)
class SchedulerOutageErrorHandlerTest {

    private final MutableClock clock = MutableClock.at("2026-12-01T03:00:00Z");
    private final SchedulerOutageErrorHandler handler = new SchedulerOutageErrorHandler(clock);

    @Test
    void manyRunsFailingForWantOfTheDatabaseAreOneLineAMinuteWithoutAStackTrace(CapturedOutput output) {
        for (int run = 0; run < 50; run++) {
            handler.handleError(poolTimedOut());
            clock.advance(Duration.ofMillis(300));
        }
        clock.advance(Duration.ofMinutes(1));
        handler.handleError(poolTimedOut());

        assertThat(handler.failuresDuringOutages()).isEqualTo(51);
        assertThat(output.getAll().lines().filter(l -> l.contains("Scheduled work could not reach"))).hasSize(2);
        assertThat(output.getAll()).contains("(CannotGetJdbcConnectionException <- SQLTransientConnectionException); "
                + "1 failed run(s)").contains("; 50 failed run(s)").doesNotContain("\tat ");
    }

    @Test
    void anyOtherFailureIsLoggedWithItsStackTraceAsSpringWould(CapturedOutput output) {
        handler.handleError(new IllegalStateException("a bug"));

        assertThat(handler.failuresDuringOutages()).isZero();
        assertThat(output.getAll()).contains("ERROR").contains("Unexpected error occurred in scheduled task")
                .contains("java.lang.IllegalStateException: a bug").contains("\tat ");
    }

    private static RuntimeException poolTimedOut() {
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
    }
}
