package be.terrain.cli;

import be.terrain.core.Language;
import be.terrain.stats.Measure;
import be.terrain.stats.ReportWords;
import be.terrain.stats.Scope;
import java.util.Locale;

/**
 * The words of the text report in French, Dutch and English: province names, measure and scope
 * names (those the documents share, from {@link ReportWords}). Codes' labels come from the code
 * lists.
 */
final class Words {
  private Words() {}

  /** A province's name; its code for one Terrain does not know. */
  static String province(String code, Language l) {
    return ReportWords.province(code, l);
  }

  /** What a measure counts, in the plural. */
  static String measure(Measure m, Language l) {
    return ReportWords.measure(m, l);
  }

  /** A scope level's name, in lower case. */
  static String level(Scope.Level level, Language l) {
    return ReportWords.level(level, l).toLowerCase(Locale.ROOT);
  }

  /** The heading of the change column. */
  static String change(Language l) {
    return pick(l, new String[] {"évolution", "verandering", "change"});
  }

  /** What a table with nothing in the period says. */
  static String nothing(Language l) {
    return pick(
        l, new String[] {"rien sur la période", "niets in deze periode", "nothing in this period"});
  }

  /** The note under a table whose rows may add up to more than N. */
  static String severalRows(Language l) {
    return pick(
        l,
        new String[] {
          "une même personne ou un même acte peut compter dans plusieurs lignes : leur somme peut"
              + " dépasser N",
          "eenzelfde persoon of handeling kan in meerdere rijen tellen: hun som kan N overschrijden",
          "one person or act may count in several rows: they may add up to more than N"
        });
  }

  private static String pick(Language l, String[] words) {
    return words[l.ordinal()];
  }
}
