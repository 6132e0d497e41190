package be.terrain.json;

import be.terrain.core.spi.PluginContext;
import be.terrain.platform.spi.BuiltInPlugin;
import be.terrain.stats.Report;
import be.terrain.stats.spi.ReportFormat;
import be.terrain.stats.spi.StatsPluginContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON module's report writer as a plugin ({@code terrain-json-report}): registers the report
 * format {@code json} ({@code report.json}). Apart from {@link JsonPlugin} so that the dataset
 * formats need no statistics. Found by {@code Terrain.builder().findPlugins()}, or added by hand.
 */
public final class JsonReportPlugin extends BuiltInPlugin {
  /** The plugin's id. */
  public static final String ID = "terrain-json-report";

  /** A plugin; the service loader makes one too. */
  public JsonReportPlugin() {
    super(ID);
  }

  @Override
  public void register(PluginContext context) {
    StatsPluginContext.of(context).addReportFormat(new ReportJson());
  }

  private static final class ReportJson implements ReportFormat {
    @Override
    public String name() {
      return "json";
    }

    @Override
    public String description() {
      return "report.json (terrain-report/1)";
    }

    @Override
    public String fileExtension() {
      return ".json";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
      try {
        ReportJsonWriter.write(report, out);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
