package id.kasir.web.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The admin portal's settings, under {@code kasir.admin}.
 *
 * @param enabled           whether the portal (its pages and its security chain) is on at all
 * @param bootstrapPassword the first admin's password on a fresh installation ({@code KASIR_ADMIN_PASSWORD});
 *                          when blank, one is generated and printed once
 * @param lockout           how many failed logins in a row lock an account, and for how long
 * @param pageSize          rows per page in the lists
 * @param exportMaxRows     the most rows one CSV export writes
 * @param zone              the time zone pages show times in
 */
@ConfigurationProperties("kasir.admin")
public record AdminPortalProperties(Boolean enabled, String bootstrapPassword, Lockout lockout, Integer pageSize,
                                    Integer exportMaxRows, String zone) {

    public AdminPortalProperties {
        enabled = enabled == null || enabled;
        lockout = lockout == null ? new Lockout(null, null) : lockout;
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

    /** @param maxAttempts failed logins in a row before the lock (default 5); @param duration how long (default 15 min) */
    public record Lockout(Integer maxAttempts, Duration duration) {
        public Lockout {
            maxAttempts = maxAttempts == null ? 5 : maxAttempts;
            duration = duration == null ? Duration.ofMinutes(15) : duration;
        }
    }

    @Override
    public String toString() {
        // The bootstrap password never reaches a log line through this object.
        return "AdminPortalProperties[enabled=" + enabled + ", lockout=" + lockout + ", pageSize=" + pageSize
                + ", exportMaxRows=" + exportMaxRows + ", zone=" + zone + "]";
    }
}
