package be.terrain.html;

import be.terrain.html.internal.Anchors;
import be.terrain.html.internal.Charts;
import be.terrain.stats.ReportTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes every chart of a report document as files to paste into a word processor: {@code
 * {scope}-{table}.png} and {@code .svg}, e.g. {@code antenna-extra-ring-profile.sex.png} (the scope
 * is its level and id). The same charts as the HTML document's.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportCharts {
  private ReportCharts() {}

  /**
   * Writes the charts into a folder, created if needed.
   *
   * @param document the report whose tables are charted, with its names and language
   * @param folder where the files go; files of the same names are replaced
   * @return the files written, PNG then SVG for each table, in report order
   * @throws IOException when a file cannot be written
   */
  public static List<Path> write(ReportDocument document, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (ReportTable t : document.report().tables()) {
      String name = Anchors.of(t.scope()) + "-" + Anchors.safe(t.id());
      Chart<?, ?> chart = Charts.chart(document, t, true);
      Path png = folder.resolve(name + ".png");
      Files.write(png, Charts.png(chart));
      Path svg = folder.resolve(name + ".svg");
      Files.writeString(svg, Charts.svg(chart), StandardCharsets.UTF_8);
      written.add(png);
      written.add(svg);
    }
    return written;
  }
}
