package be.terrain.cli;

import be.terrain.core.Language;

/** The words of the federation's text tables in French, Dutch and English. */
final class FederationWords {
  private FederationWords() {}

  /** {@code between LO and HI}: the bounds of distinct persons across members. */
  static String between(Language l, String lo, String hi) {
    return switch (l) {
      case FR -> "entre " + lo + " et " + hi;
      case NL -> "tussen " + lo + " en " + hi;
      case EN -> "between " + lo + " and " + hi;
    };
  }

  /** The FEDERATION level's name. */
  static String federation(Language l) {
    return pick(l, "Fédération", "Federatie", "Federation");
  }

  /** The PROVINCE level's name. */
  static String province(Language l) {
    return pick(l, "province", "provincie", "province");
  }

  /** The MEMBER level's name. */
  static String member(Language l) {
    return pick(l, "Membre", "Lid", "Member");
  }

  /** {@code member} or {@code members}. */
  static String members(Language l, int n) {
    return n == 1 ? pick(l, "membre", "lid", "member") : pick(l, "membres", "leden", "members");
  }

  private static String pick(Language l, String fr, String nl, String en) {
    return switch (l) {
      case FR -> fr;
      case NL -> nl;
      case EN -> en;
    };
  }
}
