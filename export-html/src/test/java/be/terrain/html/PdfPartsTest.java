package be.terrain.html;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.html.internal.DocumentHtml;
import be.terrain.html.internal.PdfCharts;
import be.terrain.html.internal.PdfParts;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDF rendered in parts (cut at the scopes' sections, each part by its own renderer on its own
 * thread, then joined) is the PDF rendered in one piece: the same pages with the same text, the
 * footers counting over the whole document, every page's fonts embedded.
 */
class PdfPartsTest {
  private static final ReportDocument DOC = Reference.document();
  private static final List<String> ONE = pages(render(1));

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void partsGiveTheSamePagesWithTheSameTextAsOneRenderer(int parts) throws Exception {
    byte[] pdf = render(parts);
    assertThat(pages(pdf)).containsExactlyElementsOf(ONE);
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (PDPage page : d.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void theFootersCountOverTheWholeDocument() {
    for (int i = 0; i < ONE.size(); i++) {
      assertThat(ONE.get(i)).startsWith((i + 1) + " / " + ONE.size());
    }
    assertThat(ONE.size()).as("pages of the reference").isGreaterThan(3);
  }

  @Test
  void cutsAtSectionsInPartsOfSimilarSize() {
    PdfCharts charts = new PdfCharts(DOC);
    DocumentHtml.Pieces p = DocumentHtml.pieces(DOC, charts::markup);
    assertThat(PdfParts.count(p.sections().size())).isBetween(1, p.sections().size());
    assertThat(PdfParts.count(1)).isEqualTo(1);
  }

  private static byte[] render(int parts) {
    try {
      PdfCharts charts = new PdfCharts(DOC);
      DocumentHtml.Pieces p = DocumentHtml.pieces(DOC, charts::markup);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfParts.render(p, parts, charts::factory, out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Each page's text. */
  private static List<String> pages(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      List<String> out = new ArrayList<>();
      for (int i = 1; i <= d.getNumberOfPages(); i++) {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(i);
        s.setEndPage(i);
        out.add(s.getText(d));
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
