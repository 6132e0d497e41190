package be.terrain.html.internal;

import be.terrain.core.Language;
import be.terrain.html.ReportDocument;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One table of one scope: an accessible HTML table (caption, header cells, a swatch of the chart's
 * colour beside each label) beside its chart, an inline SVG drawn by XChart with a text
 * alternative.
 */
public final class TableSection {
  private final ReportDocument doc;
  private final Numbers numbers;
  private final Language l;

  private final Function<ReportTable, String> charts;

  /**
   * The sections of a document.
   *
   * @param charts each table's chart markup: an SVG ({@link #charts}), or the PDF's object
   */
  public TableSection(ReportDocument doc, Function<ReportTable, String> charts) {
    this.doc = doc;
    this.charts = charts;
    this.l = doc.language();
    this.numbers = new Numbers(l);
  }

  /**
   * The charts of the document's tables as SVG ready to inline, drawn on every core (each chart is
   * drawn and made ready on its own; the result does not depend on the order).
   */
  public static java.util.Map<ReportTable, String> charts(ReportDocument doc) {
    List<ReportTable> tables = doc.report().tables();
    List<String> svgs =
        tables.parallelStream()
            .map(t -> Charts.inlineSvg(Charts.chart(doc, t, false), anchor(t), "alt-" + anchor(t)))
            .toList();
    java.util.Map<ReportTable, String> m = new IdentityHashMap<>();
    for (int i = 0; i < tables.size(); i++) {
      m.put(tables.get(i), svgs.get(i));
    }
    return m;
  }

  /** The anchor of a table's block: its scope's, then its id. */
  private static String anchor(ReportTable t) {
    return Anchors.of(t.scope()) + "-" + t.id();
  }

  /** Writes the table and its chart. */
  public void write(ReportTable t, Xml x) {
    String anchor = anchor(t);
    x.open("div", "class", "block", "id", anchor, "data-table", t.id());
    x.open("div", "class", "data");
    x.open("table", "data-table", t.id(), "data-n", Long.toString(t.n()));
    x.element(
        "caption",
        doc.title(t.id())
            + " — N = "
            + numbers.count(t.n())
            + " "
            + DocWords.measure(t.measure(), l));
    header(t, x);
    x.open("tbody");
    for (ReportRow r : t.rows()) {
      row(t, r, x);
    }
    x.close("tbody");
    x.close("table");
    if (doc.rowsMayExceedN(t.id())) {
      x.element("p", DocWords.word("exceeds", l), "class", "note");
    }
    x.close("div");
    chart(t, anchor, x);
    x.close("div");
  }

  private void header(ReportTable t, Xml x) {
    x.open("thead").open("tr");
    x.element("th", DocWords.word("label", l), "scope", "col");
    x.element("th", Periods.label(doc.report().period()), "scope", "col", "class", "num");
    x.element("th", DocWords.word("percent", l), "scope", "col", "class", "num");
    for (int k = 1; k <= t.history(); k++) {
      x.element(
          "th", Periods.label(doc.report().period().previous(k)), "scope", "col", "class", "num");
    }
    if (t.history() > 0) {
      x.element("th", DocWords.word("change", l), "scope", "col", "class", "num");
    }
    x.close("tr").close("thead");
  }

  private void row(ReportTable t, ReportRow r, Xml x) {
    x.open("tr", "data-code", r.code());
    String colour =
        Palette.hex(doc.codeIndex(t.id(), r.code()), ReportDocument.isUnknown(r.code()));
    x.open("th", "scope", "row");
    x.open("span", "class", "swatch", "style", "background-color:" + colour).close("span");
    x.text(doc.label(t, r)).close("th");
    x.element("td", count(r.count()), "class", "num count");
    x.element(
        "td",
        r.percent().isPresent() ? numbers.percent(r.percent().getAsInt()) : "",
        "class",
        "num percent");
    for (OptionalLong h : r.history()) {
      x.element("td", count(h), "class", "num history");
    }
    if (t.history() > 0) {
      x.element("td", r.changePercent().map(numbers::change).orElse("—"), "class", "num change");
    }
    x.close("tr");
  }

  private String count(OptionalLong c) {
    if (c.isPresent()) {
      return numbers.count(c.getAsLong());
    }
    return doc.report().suppressBelow().isPresent()
        ? "< " + doc.report().suppressBelow().getAsInt()
        : "";
  }

  private void chart(ReportTable t, String anchor, Xml x) {
    Charts.Kind kind = Charts.kind(doc, t);
    String altId = "alt-" + anchor;
    x.open(
        "figure", "class", "chart", "data-chart", kind.name().toLowerCase(java.util.Locale.ROOT));
    x.raw(charts.apply(t));
    x.element("figcaption", alternative(t, kind), "id", altId);
    x.close("figure");
  }

  /** The chart's text alternative: its kind, title and every drawn value. */
  private String alternative(ReportTable t, Charts.Kind kind) {
    StringBuilder b = new StringBuilder();
    b.append(
            DocWords.word(
                switch (kind) {
                  case PIE -> "chart.pie";
                  case BARS -> "chart.bar";
                  case HISTORY -> "chart.history";
                },
                l))
        .append(" — ")
        .append(doc.title(t.id()))
        .append(" : ");
    String sep = "";
    for (ReportRow r : t.rows()) {
      b.append(sep).append(doc.label(t, r)).append(' ').append(count(r.count()));
      if (t.history() > 0 && !r.history().isEmpty()) {
        b.append(" (").append(Periods.label(doc.report().period().previous(1))).append(' ');
        b.append(count(r.history().get(0))).append(')');
      }
      sep = ", ";
    }
    return b.append('.').toString();
  }
}
