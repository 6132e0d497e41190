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

/**
 * The demo's report documents: {@code report.html} and {@code report.pdf}, quality first. The PDF,
 * the longest part of the demo, starts as soon as the sample is valid, on a thread of its own (the
 * quality report, then the PDF) while the calling thread computes and prints the report, writes the
 * other files and the HTML: two documents that share nothing but the immutable report document.
 */
final class DemoDocuments {
  private final CompletableFuture<ReportDocument> document = new CompletableFuture<>();
  private final CompletableFuture<Void> pdf = new CompletableFuture<>();
  private final Path folder;

  private DemoDocuments(Path folder) {
    this.folder = folder;
  }

  /** Starts the documents of the sample, to be written into a folder. */
  static DemoDocuments start(Dataset dataset, Period period, Language lang, Path folder) {
    DemoDocuments d = new DemoDocuments(folder);
    Thread t =
        new Thread(
            () -> {
              try {
                Quality.Both both =
                    Quality.computeWith(
                        dataset, ReportDefinition.standard(), ReportOptions.of(period));
                ReportDocument doc =
                    ReportDocument.builder(both.report())
                        .dataset(dataset)
                        .language(lang)
                        .quality(both.quality())
                        .build();
                d.document.complete(doc);
                Output.write(
                    folder.resolve("report.pdf"),
                    f -> {
                      try (OutputStream s = Files.newOutputStream(f)) {
                        PdfReport.write(doc, s);
                      }
                    });
                d.pdf.complete(null);
              } catch (Throwable e) {
                d.document.completeExceptionally(e);
                d.pdf.completeExceptionally(e);
              }
            },
            "terrain-demo-pdf");
    t.setDaemon(true);
    t.start();
    return d;
  }

  /** Writes {@code report.html} on the calling thread (its charts on every core). */
  void writeHtml() {
    ReportDocument doc = Background.join(document);
    Output.write(
        folder.resolve("report.html"),
        f -> {
          try (OutputStream s = Files.newOutputStream(f)) {
            HtmlReport.write(doc, s);
          }
        });
  }

  /** Waits for {@code report.pdf}. */
  void finish() {
    Background.join(pdf);
  }
}
