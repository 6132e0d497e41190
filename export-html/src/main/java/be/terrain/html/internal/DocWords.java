package be.terrain.html.internal;

import be.terrain.core.Language;
import be.terrain.stats.Measure;
import be.terrain.stats.ReportWords;
import be.terrain.stats.Scope;
import java.util.Map;

/**
 * The document's own words in French, Dutch and English (codes' labels come from the code lists,
 * tables' titles from their specs; the words a terminal listing shares come from {@link
 * ReportWords}).
 */
public final class DocWords {
  private DocWords() {}

  private static final Map<String, String[]> WORDS =
      Map.ofEntries(
          Map.entry(
              "title",
              new String[] {"Rapport d'activités", "Activiteitenverslag", "Activity report"}),
          Map.entry("period", new String[] {"Période", "Periode", "Period"}),
          Map.entry("organisation", new String[] {"Organisation", "Organisatie", "Organisation"}),
          Map.entry("contents", new String[] {"Sommaire", "Inhoud", "Contents"}),
          Map.entry("label", new String[] {"Libellé", "Omschrijving", "Label"}),
          Map.entry("count", new String[] {"Nombre", "Aantal", "Count"}),
          Map.entry("percent", new String[] {"%", "%", "%"}),
          Map.entry("change", new String[] {"Évolution", "Verandering", "Change"}),
          Map.entry("total", new String[] {"Total (N)", "Totaal (N)", "Total (N)"}),
          Map.entry(
              "exceeds",
              new String[] {
                "Un même acte ou une même personne peut compter sous plusieurs lignes : les lignes"
                    + " peuvent dépasser N au total.",
                "Eenzelfde handeling of persoon kan onder meerdere rijen tellen: de rijen kunnen"
                    + " samen meer dan N zijn.",
                "One act or person may count under several rows: the rows may add up to more than"
                    + " N."
              }),
          Map.entry(
              "suppressed",
              new String[] {
                "Les nombres de 1 à %d sont masqués (« < %d ») pour protéger les personnes.",
                "Aantallen van 1 tot %d zijn verborgen (\"< %d\") om personen te beschermen.",
                "Counts from 1 to %d are hidden (\"< %d\") to protect persons."
              }),
          Map.entry(
              "nothing",
              new String[] {
                "Rien sur la période.", "Niets in deze periode.", "Nothing in this period."
              }),
          Map.entry(
              "chart.pie", new String[] {"Diagramme circulaire", "Cirkeldiagram", "Pie chart"}),
          Map.entry("chart.bar", new String[] {"Diagramme en barres", "Staafdiagram", "Bar chart"}),
          Map.entry(
              "chart.history",
              new String[] {
                "Diagramme en barres, période et période précédente",
                "Staafdiagram, periode en vorige periode",
                "Bar chart, this period and the previous one"
              }),
          Map.entry(
              "generated",
              new String[] {"Produit par Terrain", "Gemaakt met Terrain", "Made by Terrain"}));

  /** One of the document's words, e.g. {@code period}. */
  public static String word(String key, Language l) {
    String[] w = WORDS.get(key);
    if (w == null) {
      throw new IllegalArgumentException("no word " + key);
    }
    return w[l.ordinal()];
  }

  /** A province's name; its code for one Terrain does not know. */
  public static String province(String code, Language l) {
    return ReportWords.province(code, l);
  }

  /** What a measure counts, in the plural. */
  public static String measure(Measure m, Language l) {
    return ReportWords.measure(m, l);
  }

  /** A scope level's name. */
  public static String level(Scope.Level level, Language l) {
    return ReportWords.level(level, l);
  }
}
