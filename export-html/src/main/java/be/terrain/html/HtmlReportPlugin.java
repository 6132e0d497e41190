package be.terrain.html;

import be.terrain.core.CodeRegistry;
import be.terrain.core.spi.PluginContext;
import be.terrain.platform.spi.BuiltInPlugin;
import be.terrain.stats.Report;
import be.terrain.stats.spi.StatsPluginContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The report documents as a plugin ({@code terrain-html-report}): registers the report formats
 * {@code html} ({@code report.html}) and {@code pdf} ({@code report.pdf}), chosen by the file's
 * extension like {@code json} and {@code csv}. Found by {@code Terrain.builder().findPlugins()}.
 */
public final class HtmlReportPlugin extends BuiltInPlugin {
  /** The plugin's id. */
  public static final String ID = "terrain-html-report";

  /** A plugin; the service loader makes one too. */
  public HtmlReportPlugin() {
    super(ID);
  }

  @Override
  public void register(PluginContext context) {
    CodeRegistry codes = context.codes();
    StatsPluginContext.of(context).addReportFormat(new Html(codes)).addReportFormat(new Pdf(codes));
  }

  private abstract static class Document implements DocumentFormat {
    private final CodeRegistry codes;

    Document(CodeRegistry codes) {
      this.codes = codes;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
      write(ReportDocument.builder(report).codes(codes).build(), out);
    }
  }

  private static final class Html extends Document {
    Html(CodeRegistry codes) {
      super(codes);
    }

    @Override
    public String name() {
      return "html";
    }

    @Override
    public String description() {
      return "report.html: one self-contained document, tables beside their charts";
    }

    @Override
    public String fileExtension() {
      return ".html";
    }

    @Override
    public void write(ReportDocument document, OutputStream out) throws IOException {
      HtmlReport.write(document, out);
    }
  }

  private static final class Pdf extends Document {
    Pdf(CodeRegistry codes) {
      super(codes);
    }

    @Override
    public String name() {
      return "pdf";
    }

    @Override
    public String description() {
      return "report.pdf: the HTML document for A4, vector charts, fonts embedded";
    }

    @Override
    public String fileExtension() {
      return ".pdf";
    }

    @Override
    public void write(ReportDocument document, OutputStream out) throws IOException {
      PdfReport.write(document, out);
    }
  }
}
