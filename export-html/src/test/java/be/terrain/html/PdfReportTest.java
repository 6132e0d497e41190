package be.terrain.html;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Language;
import be.terrain.stats.Report;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import com.openhtmltopdf.java2d.api.DefaultPageProcessor;
import com.openhtmltopdf.java2d.api.Java2DRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference dataset's PDF: a page or more per scope, its text holds the report's numbers, its
 * font embedded; and a page of Extra Ring's section rendered to PNG under target/documents/ for a
 * reviewer.
 */
class PdfReportTest {
  static byte[] pdf;

  @BeforeAll
  static void write() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfReport.write(Reference.document(), out);
    pdf = out.toByteArray();
    Files.write(Reference.target("reference-2020.pdf"), pdf);
  }

  @Test
  void hasAPageOrMorePerScopeAndItsTextHoldsEveryCountOfEveryScope() throws Exception {
    Map<Scope, List<ReportTable>> byScope = new TreeMap<>();
    Reference.REPORT
        .tables()
        .forEach(t -> byScope.computeIfAbsent(t.scope(), s -> new ArrayList<>()).add(t));
    ReportDocument doc = Reference.document();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(byScope.size());
      String text = new PDFTextStripper().getText(d);
      List<String> sections = sections(text, byScope.keySet(), doc);
      int i = 0;
      for (Map.Entry<Scope, List<ReportTable>> e : byScope.entrySet()) {
        String section = normal(sections.get(i++));
        for (ReportTable t : e.getValue()) {
          assertThat(section)
              .as(t.id() + " in " + e.getKey())
              .contains(normal(doc.title(t.id()) + " — N = " + t.n()));
          for (ReportRow r : t.rows()) {
            String line = normal(doc.label(t, r) + " " + r.count().getAsLong());
            assertThat(section).as(t.id() + " " + r.code() + " in " + e.getKey()).contains(line);
          }
        }
      }
    }
  }

  @Test
  void drawsEveryTablesChartAsVectors() throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      int charts = 0;
      for (PDPage page : d.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          PDXObject o = page.getResources().getXObject(name);
          assertThat(o).as("a picture on a page").isInstanceOf(PDFormXObject.class);
          try (InputStream content = ((PDFormXObject) o).getContents()) {
            assertThat(content.readAllBytes().length).as("what a chart draws").isGreaterThan(200);
          }
          charts++;
        }
      }
      assertThat(charts).isEqualTo(Reference.REPORT.tables().size());
    }
  }

  @Test
  void embedsItsFonts() throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      int fonts = 0;
      for (var name : d.getPage(0).getResources().getFontNames()) {
        PDFont f = d.getPage(0).getResources().getFont(name);
        assertThat(f.isEmbedded()).as(f.getName()).isTrue();
        assertThat(f).isInstanceOf(PDType0Font.class);
        fonts++;
      }
      assertThat(fonts).isPositive();
    }
  }

  @Test
  void rendersExtraRingsFirstPageToPng() throws Exception {
    Scope extraRing = Scope.antenna("extra-ring");
    Report r = Reference.REPORT;
    Report only =
        new Report(
            r.organisation(),
            r.period(),
            r.rounding(),
            r.suppressBelow(),
            r.language(),
            r.tables().stream().filter(t -> t.scope().equals(extraRing)).toList());
    String html =
        HtmlReport.html(
            ReportDocument.builder(only).dataset(Reference.DATASET).language(Language.FR).build());
    Path png = Reference.target("extra-ring-page-1.png");
    Java2DRendererBuilder b = new Java2DRendererBuilder();
    b.useFastMode();
    b.useSVGDrawer(new BatikSVGDrawer());
    b.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
    b.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
    b.withHtmlContent(html, null);
    List<Path> pages = new ArrayList<>();
    b.toPageProcessor(
        new DefaultPageProcessor(
            page -> {
              Path p = Reference.target("extra-ring-page-" + (page + 1) + ".png");
              pages.add(p);
              return Files.newOutputStream(p);
            },
            BufferedImage.TYPE_INT_RGB,
            "PNG"));
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    b.runPaged();
    assertThat(pages).isNotEmpty();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(500);
    assertThat(image.getHeight()).isGreaterThan(image.getWidth());
  }

  private static InputStream font(String file) {
    return PdfReportTest.class.getResourceAsStream("/be/terrain/html/fonts/" + file);
  }

  /** The text of each scope's section, cut at the scopes' headings, in report order. */
  private static List<String> sections(String text, Iterable<Scope> scopes, ReportDocument doc) {
    List<String> headings = new ArrayList<>();
    for (Scope s : scopes) {
      headings.add(
          be.terrain.html.internal.DocWords.level(s.level(), doc.language())
              + " — "
              + doc.scopeName(s));
    }
    List<String> out = new ArrayList<>();
    int from = text.lastIndexOf(headings.get(0));
    for (int i = 0; i < headings.size(); i++) {
      int to = i + 1 < headings.size() ? text.lastIndexOf(headings.get(i + 1)) : text.length();
      assertThat(from).as(headings.get(i)).isNotNegative();
      out.add(text.substring(from, to));
      from = to;
    }
    return out;
  }

  /** Without the grouping and no-break spaces and line breaks. */
  private static String normal(String s) {
    return s.replaceAll("[\\s\u202F\u00A0]+", "");
  }
}
