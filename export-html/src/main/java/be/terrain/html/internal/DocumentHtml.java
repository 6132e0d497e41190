package be.terrain.html.internal;

import be.terrain.core.Language;
import be.terrain.html.ReportDocument;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The whole document as XHTML (so that both browsers and the PDF renderer read it): the
 * organisation and period, a table of contents, the data-quality section when given, then one
 * section per scope (organisation, provinces, antennas) with every table beside its chart.
 */
public final class DocumentHtml {
  private DocumentHtml() {}

  private static final String CSS = resource("report.css");

  /** The document's markup, each chart an inline SVG. */
  public static String html(ReportDocument doc) {
    return html(doc, TableSection.charts(doc)::get);
  }

  /**
   * The document's markup, each chart as the function writes it (the PDF's are objects its renderer
   * draws).
   */
  public static String html(ReportDocument doc, Function<ReportTable, String> charts) {
    Pieces p = pieces(doc, charts);
    StringBuilder b = new StringBuilder(p.length());
    b.append(p.head()).append(p.front());
    p.sections().forEach(b::append);
    return b.append(p.end(true)).toString();
  }

  /**
   * The document's markup in pieces, to be cut into parts at its scopes' sections (each of which
   * starts a page in print): the markup is the head, the front, the sections, then the end.
   *
   * @param head from the doctype to the body's opening tag (the style sheet within)
   * @param front the header, the contents and the quality section
   * @param sections each scope's section, in the document's order
   * @param note the closing note, the last part's
   */
  public record Pieces(String head, String front, List<String> sections, String note) {
    /** The markup's end: the note for the last part, then the closing tags. */
    public String end(boolean last) {
      return (last ? note : "") + "</body></html>";
    }

    int length() {
      return head.length()
          + front.length()
          + sections.stream().mapToInt(String::length).sum()
          + end(true).length();
    }
  }

  /** The document's markup in pieces, each chart as the function writes it. */
  public static Pieces pieces(ReportDocument doc, Function<ReportTable, String> charts) {
    Language l = doc.language();
    Map<Scope, List<ReportTable>> byScope = byScope(doc);
    Xml x = new Xml(64 * 1024);
    x.raw("<!DOCTYPE html>\n");
    x.open(
        "html",
        "xmlns",
        "http://www.w3.org/1999/xhtml",
        "lang",
        l.name().toLowerCase(),
        "xml:lang",
        l.name().toLowerCase());
    x.open("head").raw("<meta charset=\"UTF-8\"/>");
    String title = DocWords.word("title", l) + " — " + doc.organisationName();
    x.element("title", title + " — " + Periods.label(doc.report().period()));
    x.open("style").raw(CSS).close("style").close("head");
    x.open("body");
    String head = x.toString();
    x = new Xml(64 * 1024);
    x.open("header");
    x.element("h1", title);
    x.element(
        "p",
        DocWords.word("period", l)
            + " : "
            + Periods.label(doc.report().period())
            + " ("
            + doc.report().period().from()
            + " – "
            + doc.report().period().to()
            + ")",
        "class",
        "meta",
        "data-from",
        doc.report().period().from().toString(),
        "data-to",
        doc.report().period().to().toString());
    if (doc.report().suppressBelow().isPresent()) {
      int k = doc.report().suppressBelow().getAsInt();
      x.element("p", String.format(DocWords.word("suppressed", l), k - 1, k), "class", "meta");
    }
    x.close("header");
    contents(doc, byScope.keySet(), x);
    Xml front = x;
    doc.quality().ifPresent(q -> new QualitySection(doc).write(q, front));
    TableSection tables = new TableSection(doc, charts);
    List<String> sections = new ArrayList<>(byScope.size());
    for (Map.Entry<Scope, List<ReportTable>> e : byScope.entrySet()) {
      Scope s = e.getKey();
      x = new Xml(21 * 12 * 1024);
      x.open(
          "section",
          "class",
          "scope",
          "id",
          Anchors.of(s),
          "data-scope-level",
          s.level().name(),
          "data-scope-id",
          s.id());
      x.element("h2", DocWords.level(s.level(), l) + " — " + doc.scopeName(s));
      for (ReportTable t : e.getValue()) {
        tables.write(t, x);
      }
      x.close("section");
      sections.add(x.toString());
    }
    String note =
        new Xml(256).element("p", DocWords.word("generated", l), "class", "note").toString();
    return new Pieces(head, front.toString(), List.copyOf(sections), note);
  }

  private static void contents(ReportDocument doc, Iterable<Scope> scopes, Xml x) {
    Language l = doc.language();
    x.open("nav").element("h2", DocWords.word("contents", l)).open("ul");
    if (doc.quality().isPresent()) {
      x.open("li").element("a", QualitySection.title(l), "href", "#quality").close("li");
    }
    for (Scope s : scopes) {
      x.open("li")
          .element(
              "a",
              DocWords.level(s.level(), l) + " — " + doc.scopeName(s),
              "href",
              "#" + Anchors.of(s))
          .close("li");
    }
    x.close("ul").close("nav");
  }

  /** The report's tables by scope (report order), each scope's in the definition's order. */
  public static Map<Scope, List<ReportTable>> byScope(ReportDocument doc) {
    List<String> order = doc.tableOrder();
    Map<Scope, List<ReportTable>> m = new TreeMap<>();
    for (ReportTable t : doc.report().tables()) {
      m.computeIfAbsent(t.scope(), s -> new ArrayList<>()).add(t);
    }
    m.values()
        .forEach(ts -> ts.sort(java.util.Comparator.comparingInt(t -> order.indexOf(t.id()))));
    return m;
  }

  private static String resource(String name) {
    try (InputStream in = DocumentHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
