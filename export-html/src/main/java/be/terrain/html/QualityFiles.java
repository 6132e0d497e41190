package be.terrain.html;

import be.terrain.html.internal.DocumentHtml;
import be.terrain.html.internal.QualityCsv;
import be.terrain.html.internal.QualityJson;
import be.terrain.stats.Report;
import be.terrain.stats.quality.QualityReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Writes a data-quality report: {@code quality.json} ({@code terrain-quality/1}, members as {@code
 * docs/quality.md} says), {@code quality.csv} (one line per entry, the same columns) or {@code
 * quality.html} (the quality section of the report document, alone). Same report, same bytes;
 * streams are flushed and left open.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class QualityFiles {
  private QualityFiles() {}

  /**
   * Writes {@code quality.json}.
   *
   * @param quality the data-quality report
   * @param out where the file's bytes go
   * @throws IOException when the stream fails
   */
  public static void json(QualityReport quality, OutputStream out) throws IOException {
    out.write(QualityJson.json(quality).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes {@code quality.csv}.
   *
   * @param quality the data-quality report
   * @param out where the file's bytes go
   * @throws IOException when the stream fails
   */
  public static void csv(QualityReport quality, OutputStream out) throws IOException {
    out.write(QualityCsv.csv(quality).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes {@code quality.html}: a document with the quality section alone.
   *
   * @param quality the data-quality report
   * @param document names and language (its report's tables are not shown)
   * @param out where the file's bytes go
   * @throws IOException when the stream fails
   */
  public static void html(QualityReport quality, ReportDocument document, OutputStream out)
      throws IOException {
    Report r = document.report();
    Report empty =
        new Report(
            r.organisation(),
            r.period(),
            r.rounding(),
            OptionalInt.empty(),
            Optional.empty(),
            List.of());
    ReportDocument only =
        ReportDocument.builder(empty)
            .names(document)
            .language(document.language())
            .quality(quality)
            .build();
    out.write(DocumentHtml.html(only).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
