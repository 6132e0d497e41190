package be.terrain.html;

import be.terrain.html.internal.DocumentHtml;
import be.terrain.html.internal.PdfCharts;
import be.terrain.html.internal.PdfParts;
import java.io.IOException;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * Writes a report as a PDF: the document {@link HtmlReport} writes, rendered for A4 (openhtmltopdf
 * with PDFBox), charts as vectors (XChart paints them onto the page), its font (DejaVu Sans)
 * embedded. A document of several scopes is rendered in parts on several cores, then joined.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PdfReport {
  private PdfReport() {}

  /**
   * Writes the document as PDF to a stream, flushed and left open.
   *
   * @param document the report with its names, language and quality section
   * @param out where the PDF's bytes go
   * @throws IOException when the stream fails
   */
  public static void write(ReportDocument document, OutputStream out) throws IOException {
    PdfCharts charts = new PdfCharts(document);
    DocumentHtml.Pieces pieces = DocumentHtml.pieces(document, charts::markup);
    PdfParts.render(pieces, PdfParts.count(pieces.sections().size()), charts::factory, out);
  }
}
