package be.terrain.html.internal;

import be.terrain.core.Language;
import be.terrain.html.ReportDocument;
import be.terrain.stats.Scope;
import be.terrain.stats.quality.QualityEntry;
import be.terrain.stats.quality.QualityReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-quality section the document opens with: per scope, one table of how many persons,
 * consultations or contacts have each attribute unknown, now and in the previous period, the change
 * in points (a rise marked: the data got worse).
 */
public final class QualitySection {
  private final ReportDocument doc;
  private final Language l;
  private final Numbers numbers;

  /** The section of a document. */
  public QualitySection(ReportDocument doc) {
    this.doc = doc;
    this.l = doc.language();
    this.numbers = new Numbers(l);
  }

  private static final String[][] WORDS = {
    {"title", "Qualité des données", "Datakwaliteit", "Data quality"},
    {
      "intro",
      "Pour chaque population, combien ont chaque attribut inconnu (c'est la ligne « Inconnu » des"
          + " tableaux), et l'évolution en points depuis la période précédente.",
      "Per populatie: hoeveel elk kenmerk onbekend hebben (de rij \"Onbekend\" van de tabellen), en"
          + " de verandering in procentpunten sinds de vorige periode.",
      "For each population, how many have each attribute unknown (the tables' UNKNOWN rows), and"
          + " the change in points since the previous period."
    },
    {"population", "Population", "Populatie", "Population"},
    {"attribute", "Attribut", "Kenmerk", "Attribute"},
    {"unknown", "Inconnus", "Onbekend", "Unknown"},
    {"points", "Évolution (points)", "Verandering (punten)", "Change (points)"},
    {"psychosocial", "psychosociale", "psychosociaal", "psychosocial"},
    {"health", "santé", "gezondheid", "health"},
    {"consultations", "consultations", "consultaties", "consultations"},
    {"contacts", "contacts", "contacten", "contacts"}
  };

  /** The section's title. */
  public static String title(Language l) {
    return word("title", l);
  }

  private static String word(String key, Language l) {
    for (String[] w : WORDS) {
      if (w[0].equals(key)) {
        return w[1 + l.ordinal()];
      }
    }
    return key;
  }

  /** Writes the section. */
  public void write(QualityReport q, Xml x) {
    x.open("section", "class", "quality", "id", "quality");
    x.element("h2", title(l));
    x.element("p", word("intro", l), "class", "meta");
    Map<Scope, List<QualityEntry>> byScope = new LinkedHashMap<>();
    for (QualityEntry e : q.entries()) {
      byScope.computeIfAbsent(e.scope(), s -> new java.util.ArrayList<>()).add(e);
    }
    for (Map.Entry<Scope, List<QualityEntry>> s : byScope.entrySet()) {
      x.open(
          "table",
          "class",
          "quality",
          "data-scope-level",
          s.getKey().level().name(),
          "data-scope-id",
          s.getKey().id());
      x.element(
          "caption", DocWords.level(s.getKey().level(), l) + " — " + doc.scopeName(s.getKey()));
      x.open("thead").open("tr");
      x.element("th", word("population", l), "scope", "col");
      x.element("th", word("attribute", l), "scope", "col");
      x.element("th", "N", "scope", "col", "class", "num");
      x.element("th", word("unknown", l), "scope", "col", "class", "num");
      x.element("th", "%", "scope", "col", "class", "num");
      x.element("th", Periods.label(q.previous()) + " %", "scope", "col", "class", "num");
      x.element("th", word("points", l), "scope", "col", "class", "num");
      x.close("tr").close("thead").open("tbody");
      for (QualityEntry e : s.getValue()) {
        x.open("tr", "data-population", e.population(), "data-attribute", e.attribute());
        x.element("td", word(e.population(), l));
        x.element("th", e.attribute(), "scope", "row");
        x.element("td", numbers.count(e.n()), "class", "num");
        x.element("td", numbers.count(e.unknown()), "class", "num unknown");
        x.element(
            "td",
            e.percent().isPresent() ? numbers.percent(e.percent().getAsInt()) : "",
            "class",
            "num");
        x.element(
            "td",
            e.previousPercent().isPresent() ? numbers.percent(e.previousPercent().getAsInt()) : "",
            "class",
            "num");
        boolean worse = e.changePoints().map(c -> c.signum() > 0).orElse(false);
        x.element(
            "td",
            e.changePoints().map(c -> numbers.change(c).replace("%", "").trim()).orElse("—"),
            "class",
            worse ? "num worse" : "num");
        x.close("tr");
      }
      x.close("tbody").close("table");
    }
    x.close("section");
  }
}
