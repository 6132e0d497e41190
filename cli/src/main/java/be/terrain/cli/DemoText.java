package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.Language;
import java.util.Locale;

/**
 * The demo's prose in French, Dutch and English, so that a run speaks one language: the one asked
 * ({@code --lang}), else the locale's when Terrain speaks it, else English.
 */
final class DemoText {
  private final Language language;

  DemoText(Language language) {
    this.language = language;
  }

  /** The language of a locale when it is French or Dutch, else English. */
  static Language of(Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> Language.FR;
      case "nl" -> Language.NL;
      default -> Language.EN;
    };
  }

  Language language() {
    return language;
  }

  String intro(String organisation) {
    return pick(
        "Démo de Terrain : "
            + organisation
            + ", une organisation fictive (aucune personne réelle).",
        "Terrain-demo: " + organisation + ", een fictieve organisatie (geen echte persoon).",
        "Terrain demo: " + organisation + ", a fictional organisation (no real person).");
  }

  String sample(Dataset d) {
    String counts =
        d.antennas().size()
            + pick(" antennes, ", " antennes, ", " antennas, ")
            + d.persons().size()
            + pick(" personnes, ", " personen, ", " persons, ")
            + d.contacts().size()
            + pick(" contacts, ", " contacten, ", " contacts, ")
            + d.accompaniments().size()
            + pick(" accompagnements, ", " begeleidingen, ", " accompaniments, ")
            + d.health().size()
            + pick(
                " interventions de santé, ",
                " gezondheidsinterventies, ",
                " health interventions, ")
            + d.distributions().size()
            + pick(" lignes de distribution", " distributieregels", " distribution rows");
    return pick(
        "L'échantillon : " + counts + ". Valide : aucun problème.",
        "De steekproef: " + counts + ". Geldig: geen enkel probleem.",
        "The sample: " + counts + ". Valid: no problem.");
  }

  String mainTables(String period, int tables) {
    return pick(
        "Principaux tableaux du rapport "
            + period
            + ", pour toute l'organisation (le rapport compte "
            + tables
            + " tableaux : chacun pour l'organisation, chaque province et chaque antenne) :",
        "Belangrijkste tabellen van het verslag "
            + period
            + ", voor de hele organisatie (het verslag telt "
            + tables
            + " tabellen: elk voor de organisatie, elke provincie en elke antenne):",
        "Main tables of the "
            + period
            + " report, for the whole organisation (the report has "
            + tables
            + " tables: every table for the organisation, each province and each antenna):");
  }

  String tickets(int year, String unit, int quota, String budget, String asOf) {
    return pick(
        "Tickets S en "
            + year
            + " : des bons de "
            + unit
            + ", au plus "
            + quota
            + " par personne et par semaine, un budget de "
            + budget
            + ". Le contrôle et le plan au "
            + asOf
            + " (en anglais, comme 'terrain rules') :",
        "Tickets S in "
            + year
            + ": bonnen van "
            + unit
            + ", hoogstens "
            + quota
            + " per persoon per week, een budget van "
            + budget
            + ". De controle en het plan op "
            + asOf
            + " (in het Engels, zoals 'terrain rules'):",
        "Tickets S in "
            + year
            + ": vouchers of "
            + unit
            + ", at most "
            + quota
            + " per person per week, a budget of "
            + budget
            + ". The check and plan as of "
            + asOf
            + ":");
  }

  String wroteInto(String folder) {
    return pick(
        "Écrit dans " + folder + " :",
        "Geschreven in " + folder + ":",
        "Wrote into " + folder + ":");
  }

  String reportJson() {
    return pick(
        "le rapport entier (terrain-report/1)",
        "het hele verslag (terrain-report/1)",
        "the whole report (terrain-report/1)");
  }

  String reportCsv() {
    return pick(
        "le même, une ligne par rangée, pour un tableur",
        "hetzelfde, één regel per rij, voor een rekenblad",
        "the same, one line per row, for a spreadsheet");
  }

  String reportHtml() {
    return pick(
        "le rapport en document, tableaux et graphiques, qualité des données d'abord",
        "het rapport als document, tabellen naast grafieken, eerst de datakwaliteit",
        "the report as a document, tables beside charts, data quality first");
  }

  String reportPdf() {
    return pick("le même document, en A4", "hetzelfde document, op A4", "the same document for A4");
  }

  String sampleFolder() {
    return pick(
        "l'échantillon, en dossier CSV",
        "de steekproef, als CSV-map",
        "the sample dataset as a CSV folder");
  }

  String rulesJson() {
    return pick(
        "sa règle Tickets S (terrain-rules/1)",
        "zijn Tickets S-regel (terrain-rules/1)",
        "its Tickets S rule (terrain-rules/1)");
  }

  String next() {
    return pick("Ensuite, essayez :", "Probeer daarna:", "Next, try:");
  }

  private String pick(String fr, String nl, String en) {
    return switch (language) {
      case FR -> fr;
      case NL -> nl;
      case EN -> en;
    };
  }
}
