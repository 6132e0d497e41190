package be.terrain.csv;

import be.terrain.core.spi.PluginContext;
import be.terrain.platform.spi.BuiltInPlugin;
import be.terrain.stats.Report;
import be.terrain.stats.spi.ReportFormat;
import be.terrain.stats.spi.StatsPluginContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The CSV module's report writer as a plugin ({@code terrain-csv-report}): registers the report
 * format {@code csv} ({@code report.csv}). Apart from {@link CsvPlugin} so that the dataset formats
 * need no statistics. Found by {@code Terrain.builder().findPlugins()}, or added by hand.
 */
public final class CsvReportPlugin extends BuiltInPlugin {
  /** The plugin's id. */
  public static final String ID = "terrain-csv-report";

  /** A plugin; the service loader makes one too. */
  public CsvReportPlugin() {
    super(ID);
  }

  @Override
  public void register(PluginContext context) {
    StatsPluginContext.of(context).addReportFormat(new ReportCsv());
  }

  private static final class ReportCsv implements ReportFormat {
    @Override
    public String name() {
      return "csv";
    }

    @Override
    public String description() {
      return "report.csv: one line per row of every table (terrain-report/1)";
    }

    @Override
    public String fileExtension() {
      return ".csv";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
      ReportCsvWriter.write(report, out);
    }
  }
}
