package be.terrain.cli;

import be.terrain.core.Language;

/**
 * The prose of {@code terrain demo --federation} in French, Dutch and English, so that the
 * federation demo speaks the run's language like the rest of the demo ({@link DemoText}).
 */
final class FederationDemoText {
  private final Language language;

  FederationDemoText(Language language) {
    this.language = language;
  }

  String intro(int members) {
    return pick(
        "Une fédération de "
            + members
            + " membres (alpha, beta, gamma), générés avec des personnes en commun : chacun"
            + " contribue ses comptes et, avec la clé partagée, des esquisses des hachages à clé"
            + " des codes de liaison de ses personnes ; la fédération les fusionne sans jamais"
            + " voir une personne.",
        "Een federatie van "
            + members
            + " leden (alpha, beta, gamma), gegenereerd met gedeelde personen: elk lid draagt"
            + " zijn tellingen bij en, met de gedeelde sleutel, schetsen van de gesleutelde"
            + " hashes van de koppelcodes van zijn personen; de federatie voegt ze samen zonder"
            + " ooit een persoon te zien.",
        "A federation of "
            + members
            + " members (alpha, beta, gamma), generated with overlapping persons: each"
            + " contributes its counts and, with the shared key, sketches of keyed hashes of its"
            + " persons' linkage codes; the federation merges them without ever seeing a person.");
  }

  /** The estimate beside the truth; {@code interval} is empty or starts with a space. */
  String distinct(String estimate, String interval, String truth, String sum) {
    return pick(
        "Personnes distinctes entre les membres : estimées "
            + estimate
            + interval
            + ", en réalité "
            + truth
            + " (les comptes des membres totalisent "
            + sum
            + ").",
        "Verschillende personen over de leden heen: geschat "
            + estimate
            + interval
            + ", werkelijk "
            + truth
            + " (de tellingen van de leden tellen op tot "
            + sum
            + ").",
        "Distinct persons across members: estimated "
            + estimate
            + interval
            + ", truly "
            + truth
            + " (the members' counts add up to "
            + sum
            + ").");
  }

  /** {@code (interval LO–HI)}, with a leading space. */
  String interval(String lo, String hi) {
    return " (" + pick("intervalle ", "interval ", "interval ") + lo + "–" + hi + ")";
  }

  String wroteInto(String folder) {
    return new DemoText(language).wroteInto(folder);
  }

  String memberFolders() {
    return pick(
        "les jeux de données des membres (dossiers CSV)",
        "de datasets van de leden (CSV-mappen)",
        "the members' datasets (CSV folders)");
  }

  String contributions() {
    return pick(
        "leurs contributions (terrain-contribution/1)",
        "hun bijdragen (terrain-contribution/1)",
        "their contributions (terrain-contribution/1)");
  }

  String federationReport() {
    return pick(
        "le rapport de la fédération", "het verslag van de federatie", "the federation report");
  }

  String tryNext() {
    return pick("Ensuite, essayez :", "Probeer daarna:", "Try next:");
  }

  private String pick(String fr, String nl, String en) {
    return switch (language) {
      case FR -> fr;
      case NL -> nl;
      case EN -> en;
    };
  }
}
