package be.terrain.html;

import be.terrain.stats.spi.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * A report format that writes documents: {@code html} and {@code pdf}. Through {@link
 * ReportFormat#write(be.terrain.stats.Report, OutputStream)} it knows only the report (standard
 * titles, the code lists' labels, ids for names, no quality section); an application that has the
 * dataset and definition writes a whole {@link ReportDocument} with {@link #write(ReportDocument,
 * OutputStream)} ({@code terrain report --out report.html} does).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface DocumentFormat extends ReportFormat {
  /**
   * Writes a document to a stream, flushed and left open.
   *
   * @param document the report with its names, language and quality section
   * @param out where the document's bytes go
   * @throws IOException when the stream fails
   */
  void write(ReportDocument document, OutputStream out) throws IOException;
}
