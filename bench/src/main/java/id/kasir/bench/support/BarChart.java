package id.kasir.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** A grouped bar chart (categories along x, one coloured bar per series) written as a PNG with XChart. */
public final class BarChart {

    private BarChart() {
    }

    /**
     * @param png        where to write it (its folder is created), e.g. {@code docs/bench/ingest-throughput.png}
     * @param title      the chart's title (say the machine and load in it, or in the caption)
     * @param yAxis      the unit, e.g. {@code "notifications/s"}
     * @param categories x-axis labels, e.g. {@code ["8", "32", "64"]}
     * @param series     name to values, one value per category, in insertion order (use a LinkedHashMap)
     * @return the PNG's path
     */
    public static Path draw(Path png, String title, String xAxis, String yAxis, List<String> categories,
                            Map<String, List<? extends Number>> series) {
        CategoryChart chart = new CategoryChartBuilder().width(900).height(500).title(title)
                .xAxisTitle(xAxis).yAxisTitle(yAxis).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setDecimalPattern("#,##0.#");
        series.forEach((name, values) -> chart.addSeries(name, categories, values));
        try {
            if (png.getParent() != null) {
                Files.createDirectories(png.getParent());
            }
            String withoutExtension = png.toString().replaceFirst("\\.png$", "");
            BitmapEncoder.saveBitmap(chart, withoutExtension, BitmapEncoder.BitmapFormat.PNG);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
