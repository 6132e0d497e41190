package be.terrain.html.internal;

import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders a document's markup to PDF in parts on several cores: the markup cut at its scopes'
 * sections (each starts a page in print, so the pages are the same), each part laid out and painted
 * by its own renderer on its own thread, then the parts' pages joined in order into the first
 * part's PDF (each part's fonts embedded once, as subsets). The pages' footers ("page / pages")
 * count over the whole document: once every part is laid out, a part's first page number is set to
 * the pages before it, and the part is given blank pages for those after it, which are dropped
 * before the join. One cold process then lays out and paints the longest part on the critical path
 * instead of the whole document (issue #13, the demo's wall time).
 */
public final class PdfParts {
  private PdfParts() {}

  /** The renderer's first page number, read when it paints (null: not found, no parts then). */
  private static final Field FIRST_PAGE = firstPageField();

  /** The number of parts to render a document of that many sections in on this machine. */
  public static int count(int sections) {
    if (FIRST_PAGE == null) {
      return 1;
    }
    return Math.max(1, Math.min(Math.min(4, sections), Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Renders the pieces' markup in that many parts at most (one per section at most; the first on
   * the calling thread), to a stream left open.
   */
  public static void render(
      DocumentHtml.Pieces pieces,
      int parts,
      Supplier<FSObjectDrawerFactory> objects,
      OutputStream out)
      throws IOException {
    List<String> markups = markups(pieces, FIRST_PAGE == null ? 1 : parts);
    if (markups.size() == 1) {
      PdfRendering.render(markups.get(0), objects.get(), out);
      return;
    }
    int n = markups.size();
    List<CompletableFuture<Integer>> pages = new ArrayList<>();
    List<CompletableFuture<PDDocument>> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pages.add(new CompletableFuture<>());
      docs.add(new CompletableFuture<>());
    }
    for (int i = 1; i < n; i++) {
      int part = i;
      Thread t =
          new Thread(
              () -> part(part, markups.get(part), objects.get(), pages, docs.get(part)),
              "terrain-pdf-part-" + part);
      t.setDaemon(true);
      t.start();
    }
    part(0, markups.get(0), objects.get(), pages, docs.get(0));
    try {
      List<PDDocument> done = new ArrayList<>();
      for (CompletableFuture<PDDocument> d : docs) {
        done.add(join(d));
      }
      PDDocument first = done.get(0);
      for (PDDocument d : done.subList(1, n)) {
        List<PDPage> own = new ArrayList<>();
        d.getPages().forEach(own::add);
        own.forEach(first::addPage);
      }
      first.save(out);
      out.flush();
    } finally {
      // every part's document, now or when a part still running after another failed ends
      docs.forEach(f -> f.thenAccept(PdfParts::closeQuietly));
    }
  }

  /** The markup of each part: the head, its sections (the first part the front too), the end. */
  static List<String> markups(DocumentHtml.Pieces p, int parts) {
    List<String> sections = p.sections();
    long total = p.front().length();
    for (String s : sections) {
      total += s.length();
    }
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder(p.head()).append(p.front());
    long done = p.front().length();
    for (int i = 0; i < sections.size(); i++) {
      b.append(sections.get(i));
      done += sections.get(i).length();
      int left = sections.size() - i - 1;
      boolean cut = out.size() + 1 < parts && left > 0 && done * parts >= total * (out.size() + 1);
      if (cut) {
        out.add(b.append(p.end(false)).toString());
        b = new StringBuilder(p.head());
      }
    }
    out.add(b.append(p.end(true)).toString());
    return out;
  }

  /** Lays out one part, waits for the others' page counts, then paints it with the whole's. */
  private static void part(
      int part,
      String markup,
      FSObjectDrawerFactory objects,
      List<CompletableFuture<Integer>> pages,
      CompletableFuture<PDDocument> result) {
    try {
      PDDocument into = new PDDocument();
      List<PDFont> fonts = new ArrayList<>();
      PdfBoxRenderer r =
          PdfRendering.builder(markup, objects, into, fonts)
              .toStream(OutputStream.nullOutputStream())
              .buildPdfRenderer();
      r.layout();
      Layer layer = r.getRootBox().getLayer();
      int own = layer.getPages().size();
      pages.get(part).complete(own);
      int before = 0;
      int after = 0;
      for (int i = 0; i < pages.size(); i++) {
        int count = join(pages.get(i));
        before += i < part ? count : 0;
        after += i > part ? count : 0;
      }
      FIRST_PAGE.setInt(r, before + 1);
      CssContext c = r.getSharedContext().newLayoutContextInstance();
      for (int i = 0; i < after; i++) {
        layer.addPage(c);
      }
      PDDocument d = r.createPDFKeepOpen();
      while (d.getNumberOfPages() > own) {
        d.removePage(d.getNumberOfPages() - 1);
      }
      if (part > 0) {
        // PDFBox embeds a document's font subsets when it saves that document: the joined PDF is
        // the first part's, the others' fonts are embedded here, each part's subset once
        for (PDFont f : fonts) {
          f.subset();
        }
      }
      result.complete(d);
    } catch (Throwable e) {
      pages.get(part).completeExceptionally(e);
      result.completeExceptionally(e);
    }
  }

  private static Field firstPageField() {
    try {
      Field f = PdfBoxRenderer.class.getDeclaredField("_initialPageNumber");
      f.setAccessible(true);
      return f.getType() == int.class ? f : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static <T> T join(CompletableFuture<T> f) throws IOException {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error r) {
        throw r;
      }
      throw new UncheckedIOException(new IOException(c));
    }
  }

  private static void closeQuietly(PDDocument d) {
    try {
      d.close();
    } catch (IOException e) {
      // a part's document closed after the join or after a failure: nothing left to report
    }
  }
}
