package id.kasir.bench.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lists benchmark's figures: {@code lists-<label>.csv} (one line per request, read back by {@link ListsChart}
 * to draw a later run beside this one) and {@code lists-<label>.md} (the table for docs/benchmarks.md).
 */
final class ResultsFile {

    static final String HEADER = "group,name,caller,samples,errors,p50_ms,p95_ms,p99_ms,max_ms,bytes";

    private ResultsFile() {
    }

    static void write(Path dir, String label, long n, List<ListsBenchmark.Row> rows, ListsBenchmark.Export export,
                      String loadBefore, String loadAfter) throws IOException {
        List<String> csv = new ArrayList<>(List.of(HEADER));
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Run `%s` at %s: %,d payments; load average (1/5/15 min) %s at the start, %s "
                        + "at the end; %d cores.%n%n", label, Instant.now(), n, loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors()));
        md.append("| list | request | caller | samples | p50 ms | p95 ms | p99 ms | max ms | < 100 ms |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (ListsBenchmark.Row r : rows) {
            csv.add(String.join(",", quote(r.group()), quote(r.name()), r.api() ? "api" : "portal",
                    Long.toString(r.count()), Integer.toString(r.errors()), fmt(r.p50()), fmt(r.p95()), fmt(r.p99()),
                    fmt(r.max()), Long.toString(r.bytes())));
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d%s | %.1f | **%.1f** | %.1f | %.1f | %s |%n", r.group(),
                    r.name(), r.api() ? "API key" : "session", r.count(), r.errors() == 0 ? "" : " (" + r.errors() + " errors)",
                    r.p50(), r.p95(), r.p99(), r.max(), r.p95() < ListsBenchmark.TARGET_P95_MS ? "yes" : "**no**"));
        }
        if (export != null) {
            md.append(String.format(Locale.ROOT, "%nCSV export (`/admin/payments/export.csv`, no filter, capped at its "
                            + "100,000 rows): HTTP %d, %,d rows in %.2f s = **%,.0f rows/s** (best of runs 2 and 3).%n",
                    export.status(), export.rows(), export.seconds(), export.rowsPerSecond()));
            csv.add(String.join(",", quote("export"), quote("CSV export rows/s"), "portal", "1", "0",
                    fmt(export.rowsPerSecond()), "", "", "", ""));
        }
        Files.write(dir.resolve("lists-" + label + ".csv"), csv);
        Files.writeString(dir.resolve("lists-" + label + ".md"), md.toString());
        System.out.println(md);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String quote(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
