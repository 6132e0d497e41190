package be.terrain.cli;

import be.terrain.core.Language;
import be.terrain.stats.Measure;
import be.terrain.stats.Scope;
import java.util.Map;

/**
 * The words of the text report in French, Dutch and English: table titles, province names, measure
 * and scope names. Codes' labels come from the code lists; these are the report's own words.
 */
final class Words {
  private Words() {}

  private static final Map<String, String[]> TABLES =
      Map.ofEntries(
          Map.entry("profile.role", new String[] {"Rôle", "Rol", "Role"}),
          Map.entry("profile.sex", new String[] {"Sexe", "Geslacht", "Sex"}),
          Map.entry("profile.age_band", new String[] {"Âge", "Leeftijd", "Age"}),
          Map.entry(
              "profile.nationality", new String[] {"Nationalité", "Nationaliteit", "Nationality"}),
          Map.entry(
              "profile.financial_resource",
              new String[] {
                "Ressources financières", "Financiële middelen", "Financial resources"
              }),
          Map.entry("profile.housing", new String[] {"Logement", "Huisvesting", "Housing"}),
          Map.entry("profile.employment", new String[] {"Emploi", "Werk", "Employment"}),
          Map.entry("profile.setting", new String[] {"Lieu d'exercice", "Werkplek", "Setting"}),
          Map.entry(
              "profile.new_contact",
              new String[] {"Nouveau contact", "Nieuw contact", "New contact"}),
          Map.entry(
              "contacts.channel",
              new String[] {"Contacts par canal", "Contacten per kanaal", "Contacts by channel"}),
          Map.entry(
              "accompaniments.domain",
              new String[] {
                "Accompagnements par domaine",
                "Begeleidingen per domein",
                "Accompaniments by domain"
              }),
          Map.entry(
              "accompaniments.persons",
              new String[] {
                "Personnes accompagnées par domaine",
                "Begeleide personen per domein",
                "Persons accompanied by domain"
              }),
          Map.entry(
              "health.requesters",
              new String[] {
                "Demandeurs en santé", "Aanvragers van gezondheidszorg", "Health requesters"
              }),
          Map.entry(
              "health.kind",
              new String[] {
                "Interventions de santé", "Gezondheidsinterventies", "Health interventions"
              }),
          Map.entry(
              "health.nursing_act",
              new String[] {"Soins infirmiers", "Verpleegkundige zorg", "Nursing care"}),
          Map.entry(
              "health.rapid_test", new String[] {"Dépistages (TROD)", "Sneltesten", "Rapid tests"}),
          Map.entry(
              "health.paramedical_target",
              new String[] {
                "Accompagnement paramédical",
                "Paramedische begeleiding",
                "Paramedical accompaniment"
              }),
          Map.entry(
              "health.consultation_coverage",
              new String[] {
                "Couverture des consultations",
                "Dekking van de consultaties",
                "Consultation coverage"
              }),
          Map.entry(
              "distributions.acts",
              new String[] {
                "Distributions par groupe", "Verdelingen per groep", "Distributions by group"
              }),
          Map.entry(
              "distributions.units",
              new String[] {"Unités distribuées", "Verdeelde eenheden", "Units handed out"}),
          Map.entry(
              "distributions.persons",
              new String[] {
                "Personnes servies par groupe",
                "Bediende personen per groep",
                "Persons served by group"
              }));

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

  /** A table's title; its id for a table the standard report does not have. */
  static String table(String id, Language l) {
    String[] w = TABLES.get(id);
    return w == null ? id : w[l.ordinal()];
  }

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

  private static String pick(Language l, String[] words) {
    return words[l.ordinal()];
  }
}
