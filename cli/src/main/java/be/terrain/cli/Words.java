package be.terrain.cli;

import be.terrain.core.Language;
import be.terrain.stats.Measure;
import be.terrain.stats.Scope;
import java.util.Map;

/**
 * The words of the text report in French, Dutch and English: province names, measure and scope
 * names. Codes' labels come from the code lists; these are the report's own words.
 */
final class Words {
  private Words() {}

  private static final Map<String, String[]> PROVINCES =
      Map.ofEntries(
          Map.entry("BE-WHT", new String[] {"Hainaut", "Henegouwen", "Hainaut"}),
          Map.entry("BE-WBR", new String[] {"Brabant wallon", "Waals-Brabant", "Walloon Brabant"}),
          Map.entry("BE-WNA", new String[] {"Namur", "Namen", "Namur"}),
          Map.entry("BE-WLG", new String[] {"Liège", "Luik", "Liège"}),
          Map.entry("BE-WLX", new String[] {"Luxembourg", "Luxemburg", "Luxembourg"}),
          Map.entry(
              "BE-BRU",
              new String[] {"Bruxelles-Capitale", "Brussel-Hoofdstad", "Brussels-Capital"}),
          Map.entry("BE-VAN", new String[] {"Anvers", "Antwerpen", "Antwerp"}),
          Map.entry(
              "BE-VBR", new String[] {"Brabant flamand", "Vlaams-Brabant", "Flemish Brabant"}),
          Map.entry("BE-VLI", new String[] {"Limbourg", "Limburg", "Limburg"}),
          Map.entry(
              "BE-VOV", new String[] {"Flandre-Orientale", "Oost-Vlaanderen", "East Flanders"}),
          Map.entry(
              "BE-VWV", new String[] {"Flandre-Occidentale", "West-Vlaanderen", "West Flanders"}));

  /** A province's name; its code for one Terrain does not know. */
  static String province(String code, Language l) {
    String[] w = PROVINCES.get(code);
    return w == null ? code : w[l.ordinal()];
  }

  /** What a measure counts, in the plural. */
  static String measure(Measure m, Language l) {
    return pick(
        l,
        switch (m) {
          case PERSONS -> new String[] {"personnes", "personen", "persons"};
          case CONTACTS -> new String[] {"contacts", "contacten", "contacts"};
          case ACTS -> new String[] {"actes", "handelingen", "acts"};
          case UNITS -> new String[] {"unités", "eenheden", "units"};
        });
  }

  /** A scope level's name. */
  static String level(Scope.Level level, Language l) {
    return pick(
        l,
        switch (level) {
          case ORGANISATION -> new String[] {"organisation", "organisatie", "organisation"};
          case PROVINCE -> new String[] {"province", "provincie", "province"};
          case ANTENNA -> new String[] {"antenne", "antenne", "antenna"};
        });
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
