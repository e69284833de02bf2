package id.kasir.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The machine a figure was measured on: its cores and its load average at the moment asked. Absolute times only
 * mean something next to these; ratios measured in the same run travel between machines.
 */
public final class Machine {

    private Machine() {
    }

    /** Logical processors this JVM sees. */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The 1, 5 and 15 minute load averages as Linux's {@code /proc/loadavg} gives them, e.g. {@code "3.10 2.75 2.01"}. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException notLinux) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    /** One line for a results file or a log: UTC time, cores, load average, Java version. */
    public static String describe() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", " + cores() + " cores, load average "
                + loadAverage() + ", Java " + System.getProperty("java.version");
    }
}
