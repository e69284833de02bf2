package id.kasir.web.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The admin portal's settings, under {@code kasir.admin}.
 *
 * @param enabled           whether the portal (its pages and its security chain) is on at all
 * @param bootstrapPassword the first admin's password on a fresh installation ({@code KASIR_ADMIN_PASSWORD});
 *                          when blank, one is generated and printed once
 * @param lockout           when failed logins from many sources lock an account, and for how long
 * @param pageSize          rows per page in the lists
 * @param exportMaxRows     the most rows one CSV export writes
 * @param zone              the time zone pages show times in
 */
@ConfigurationProperties("kasir.admin")
public record AdminPortalProperties(Boolean enabled, String bootstrapPassword, Lockout lockout, Integer pageSize,
                                    Integer exportMaxRows, String zone) {

    public AdminPortalProperties {
        enabled = enabled == null || enabled;
        lockout = lockout == null ? new Lockout(null, null, null, null) : lockout;
        pageSize = pageSize == null ? 50 : pageSize;
        exportMaxRows = exportMaxRows == null ? 100_000 : exportMaxRows;
        zone = zone == null || zone.isBlank() ? "Asia/Jakarta" : zone;
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("kasir.admin.page-size must be between 1 and 500");
        }
        if (exportMaxRows < 1) {
            throw new IllegalArgumentException("kasir.admin.export-max-rows must be positive");
        }
    }

    /**
     * An account is under attack when logins to it failed from {@code attackSources} different addresses
     * within {@code attackWindow}; it is then locked for {@code duration} against every address it did not
     * log in from within {@code knownSourceFor}. Failures from one address never lock (they are slowed down).
     *
     * @param attackSources  default 10 (at least 2)
     * @param attackWindow   default 15 minutes
     * @param duration       default 15 minutes
     * @param knownSourceFor default 90 days
     */
    public record Lockout(Integer attackSources, Duration attackWindow, Duration duration, Duration knownSourceFor) {
        public Lockout {
            attackSources = attackSources == null ? 10 : attackSources;
            attackWindow = attackWindow == null ? Duration.ofMinutes(15) : attackWindow;
            duration = duration == null ? Duration.ofMinutes(15) : duration;
            knownSourceFor = knownSourceFor == null ? Duration.ofDays(90) : knownSourceFor;
        }
    }

    @Override
    public String toString() {
        // The bootstrap password never reaches a log line through this object.
        return "AdminPortalProperties[enabled=" + enabled + ", lockout=" + lockout + ", pageSize=" + pageSize
                + ", exportMaxRows=" + exportMaxRows + ", zone=" + zone + "]";
    }
}
