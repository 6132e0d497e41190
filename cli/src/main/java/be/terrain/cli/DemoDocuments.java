package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.core.Period;
import be.terrain.html.HtmlReport;
import be.terrain.html.PdfReport;
import be.terrain.html.ReportDocument;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.quality.Quality;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The demo's report documents: {@code report.html} and {@code report.pdf}, quality first. The PDF
 * is written on a thread of its own while this one writes the HTML (two documents that share
 * nothing but the immutable report: the demo's wall time on two cores).
 */
final class DemoDocuments {
  private DemoDocuments() {}

  /** Writes both documents of the sample into a folder. */
  static void write(Dataset dataset, Period period, Language lang, Path folder) {
    Quality.Both both =
        Quality.computeWith(dataset, ReportDefinition.standard(), ReportOptions.of(period));
    ReportDocument doc =
        ReportDocument.builder(both.report())
            .dataset(dataset)
            .language(lang)
            .quality(both.quality())
            .build();
    CompletableFuture<Void> pdf =
        CompletableFuture.runAsync(
            () ->
                Output.write(
                    folder.resolve("report.pdf"),
                    f -> {
                      try (OutputStream s = Files.newOutputStream(f)) {
                        PdfReport.write(doc, s);
                      }
                    }),
            r -> new Thread(r, "terrain-demo-pdf").start());
    Output.write(
        folder.resolve("report.html"),
        f -> {
          try (OutputStream s = Files.newOutputStream(f)) {
            HtmlReport.write(doc, s);
          }
        });
    try {
      pdf.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
