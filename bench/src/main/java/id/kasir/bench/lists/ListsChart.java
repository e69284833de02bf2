package id.kasir.bench.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/**
 * The lists benchmark's chart (XChart): p95 in milliseconds per request, the run just measured beside an earlier
 * one ({@code --compare=<label>}, e.g. before the indexes), and the 100 ms target as a line.
 */
final class ListsChart {

    private ListsChart() {
    }

    static void draw(Path results, String label, String compare, Path png) throws IOException {
        Map<String, Double> now = p95(results.resolve("lists-" + label + ".csv"));
        Map<String, Double> earlier = compare == null ? Map.of() : p95(results.resolve("lists-" + compare + ".csv"));
        List<String> names = new ArrayList<>(now.keySet());
        CategoryChart chart = new CategoryChartBuilder().width(1800).height(900)
                .title("Kasir lists at 1,000,000 payments (MariaDB): p95 per request, one request at a time (log scale)")
                .xAxisTitle("request").yAxisTitle("p95 (ms, log)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisLabelRotation(70);
        chart.getStyler().setAxisTickLabelsFont(chart.getStyler().getAxisTickLabelsFont().deriveFont(10f));
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setYAxisLogarithmic(true); // seconds-long full scans beside milliseconds-long lookups
        chart.getStyler().setYAxisMin(1.0); // bars start at 0 unless told, and a log axis has no 0
        if (!earlier.isEmpty()) {
            chart.addSeries(compare, names, names.stream().map(k -> earlier.getOrDefault(k, 0.0)).toList());
        }
        chart.addSeries(label, names, names.stream().map(now::get).toList());
        chart.addSeries("target 100 ms", names, Collections.nCopies(names.size(), (double) ListsBenchmark.TARGET_P95_MS))
                .setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        Files.createDirectories(png.getParent());
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        System.out.println("chart written to " + png);
    }

    /** "group: name" → p95 from a results CSV (ResultsFile's columns; the export line left out). */
    private static Map<String, Double> p95(Path csv) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!Files.exists(csv)) {
            return out;
        }
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            List<String> cells = cells(line);
            if (cells.get(0).equals("export")) {
                continue;
            }
            out.put(shortGroup(cells.get(0)) + ": " + cells.get(1), Double.parseDouble(cells.get(7)));
        }
        return out;
    }

    /** "list", "API", "find", "other" (other lists) or the group itself: short labels for charts and tables. */
    static String shortGroup(String group) {
        return group.startsWith("API") ? "API" : group.startsWith("portal payments") ? "list"
                : group.startsWith("portal find") ? "find" : group.startsWith("other") ? "other" : group;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
