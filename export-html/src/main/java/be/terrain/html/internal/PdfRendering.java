package be.terrain.html.internal;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders the document's XHTML to PDF with openhtmltopdf (PDFBox): the charts stay vectors (XChart
 * paints them onto the page through {@link PdfCharts}, the objects' drawer), the text is set in
 * DejaVu Sans, shipped in this module's resources (Bitstream Vera licence, which allows
 * redistribution; {@code fonts/LICENSE-DejaVu.txt}) and embedded as a subset, so that every
 * character of the three languages (the narrow no-break space of French numbers too) prints
 * everywhere.
 */
public final class PdfRendering {
  private PdfRendering() {}

  static {
    // openhtmltopdf logs through java.util.logging at INFO by default: Terrain is quiet
    XRLog.setLoggingEnabled(false);
  }

  /** The font family the style sheet names first. */
  public static final String FAMILY = "DejaVu Sans";

  /** Renders the markup, its objects drawn by the factory's drawers, to a stream left open. */
  public static void render(String xhtml, FSObjectDrawerFactory objects, OutputStream out)
      throws IOException {
    PdfRendererBuilder b = builder(xhtml, objects);
    b.toStream(new Unclosed(out));
    b.run();
    out.flush();
  }

  /** A renderer's builder of the markup, its objects drawn by the factory's drawers, no output. */
  static PdfRendererBuilder builder(String xhtml, FSObjectDrawerFactory objects) {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.useObjectDrawerFactory(objects);
    b.useFont(font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
    b.useFont(font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
    b.withHtmlContent(xhtml, null);
    b.withProducer("Terrain");
    return b;
  }

  /**
   * A renderer's builder that renders into a document of the caller's, its fonts loaded into it and
   * added to a list (to be embedded by the caller when that document is not the one saved).
   */
  static PdfRendererBuilder builder(
      String xhtml, FSObjectDrawerFactory objects, PDDocument into, List<PDFont> fonts)
      throws IOException {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.useObjectDrawerFactory(objects);
    b.usePDDocument(into);
    b.useFont(loaded(into, "DejaVuSans.ttf", fonts), FAMILY, 400, FontStyle.NORMAL, true);
    b.useFont(loaded(into, "DejaVuSans-Bold.ttf", fonts), FAMILY, 700, FontStyle.NORMAL, true);
    b.withHtmlContent(xhtml, null);
    b.withProducer("Terrain");
    return b;
  }

  private static PDFontSupplier loaded(PDDocument into, String file, List<PDFont> fonts)
      throws IOException {
    try (InputStream in = font(file).supply()) {
      PDFont f = PDType0Font.load(into, in, true);
      fonts.add(f);
      return new PDFontSupplier(f);
    }
  }

  private static FSSupplier<InputStream> font(String file) {
    return () -> {
      InputStream in = PdfRendering.class.getResourceAsStream("/be/terrain/html/fonts/" + file);
      if (in == null) {
        throw new IllegalStateException("missing font " + file);
      }
      return in;
    };
  }

  /** Keeps the caller's stream open when the renderer closes its own. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
