package be.terrain.html;

import be.terrain.html.internal.DocumentHtml;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * Writes a report as one self-contained HTML file: no script, no external asset (the charts are
 * inline SVG drawn by XChart, the style sheet is inline, with print rules for A4). The document is
 * well-formed XHTML, the same markup {@link PdfReport} renders. Same document, same bytes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * The document's markup.
   *
   * @param document the report with its names, language and quality section
   * @return the whole XHTML file, as text
   */
  public static String html(ReportDocument document) {
    return DocumentHtml.html(document);
  }

  /**
   * Writes the document as UTF-8 to a stream, flushed and left open.
   *
   * @param document the report with its names, language and quality section
   * @param out where the file's bytes go
   * @throws IOException when the stream fails
   */
  public static void write(ReportDocument document, OutputStream out) throws IOException {
    out.write(html(document).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
