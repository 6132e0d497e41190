package be.terrain.stats;

import be.terrain.core.Language;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The words every rendering of a report shares, in French, Dutch and English: the names of the
 * Belgian provinces (the province scopes' ids are their ISO 3166-2 codes), what a measure counts
 * and the names of the scope levels. Written once so that the terminal listing and the documents
 * name things alike; codes' labels come from the code lists, tables' titles from their specs.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportWords {
  private ReportWords() {}

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

  /**
   * A province's name, e.g. {@code Henegouwen} for {@code BE-WHT} in Dutch.
   *
   * @param code the province's ISO 3166-2 code, as in the exchange format
   * @param language the language of the name
   * @return the name, or the code itself when it names no Belgian province
   */
  public static String province(String code, Language language) {
    String[] w = PROVINCES.get(code);
    return w == null ? code : w[language.ordinal()];
  }

  /**
   * What a measure counts, in the plural and in lower case: {@code personnes}, {@code acts}.
   *
   * @param measure the measure
   * @param language the language of the word
   * @return the word, for a column heading or a sentence
   */
  public static String measure(Measure measure, Language language) {
    String[] w =
        switch (measure) {
          case PERSONS -> new String[] {"personnes", "personen", "persons"};
          case CONTACTS -> new String[] {"contacts", "contacten", "contacts"};
          case ACTS -> new String[] {"actes", "handelingen", "acts"};
          case UNITS -> new String[] {"unités", "eenheden", "units"};
        };
    return w[language.ordinal()];
  }

  /**
   * A scope level's name, capitalised as a heading's first word: {@code Antenne}, {@code
   * Provincie}, {@code Organisation}.
   *
   * @param level the scope's level
   * @param language the language of the name
   * @return the name, capitalised
   */
  public static String level(Scope.Level level, Language language) {
    String[] w =
        switch (level) {
          case ORGANISATION -> new String[] {"Organisation", "Organisatie", "Organisation"};
          case PROVINCE -> new String[] {"Province", "Provincie", "Province"};
          case ANTENNA -> new String[] {"Antenne", "Antenne", "Antenna"};
        };
    return w[language.ordinal()];
  }
}
