package be.terrain.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Terrain's own problem codes. Codes are stable: a code is never reused for another meaning. The
 * documentation page {@code docs/problem-codes.md} lists each with its meaning.
 *
 * <ul>
 *   <li>{@code TER-01xx}: a field's value (field rules);
 *   <li>{@code TER-02xx}: a file's structure (CSV folders, JSON documents);
 *   <li>{@code TER-03xx}: the dataset as a whole (references, uniqueness, dates);
 *   <li>{@code TER-04xx}: distribution rules files;
 *   <li>{@code TER-05xx}: plugins (loading them, and their rules failing). A plugin's own rules use
 *       codes of their own prefix, e.g. {@code FDSS-0001}.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProblemCodes {
  private ProblemCodes() {}

  // --- field rules
  /** A required value is missing. */
  public static final ProblemCode MISSING_VALUE =
      new ProblemCode("TER-0101", "a value is required", "une valeur est requise");

  /** An id is not 1 to 64 characters of {@code [A-Za-z0-9._-]}. */
  public static final ProblemCode INVALID_ID =
      new ProblemCode(
          "TER-0102",
          "not a valid id (1 to 64 characters among A-Z a-z 0-9 . _ -)",
          "identifiant invalide (1 à 64 caractères parmi A-Z a-z 0-9 . _ -)");

  /** A code that no registered list knows. Arguments: list id. */
  public static final ProblemCode UNKNOWN_CODE =
      new ProblemCode("TER-0103", "unknown code in list %s", "code inconnu dans la liste %s");

  /** Not an ISO-8601 calendar date. */
  public static final ProblemCode INVALID_DATE =
      new ProblemCode("TER-0104", "not a calendar date", "pas une date du calendrier (AAAA-MM-JJ)");

  /** Not a base-10 integer. */
  public static final ProblemCode INVALID_INTEGER =
      new ProblemCode("TER-0105", "not an integer", "pas un nombre entier");

  /** An integer outside its range. Arguments: min, max. */
  public static final ProblemCode OUT_OF_RANGE =
      new ProblemCode(
          "TER-0106", "out of range: expected %s to %s", "hors limites : attendu de %s à %s");

  /** A birth year that is not four digits. */
  public static final ProblemCode INVALID_BIRTH_YEAR =
      new ProblemCode(
          "TER-0107",
          "a birth year is four digits from 1900 on",
          "une année de naissance a quatre chiffres, à partir de 1900");

  /** Not an officially assigned ISO 3166-1 alpha-2 code. */
  public static final ProblemCode INVALID_NATIONALITY =
      new ProblemCode(
          "TER-0108",
          "not an ISO 3166-1 alpha-2 country code (upper case, officially assigned)",
          "pas un code pays ISO 3166-1 alpha-2 (majuscules, attribué officiellement)");

  /** Not a Belgian province or region code. */
  public static final ProblemCode INVALID_PROVINCE =
      new ProblemCode(
          "TER-0109",
          "not the ISO 3166-2 code of a Belgian province or region",
          "pas le code ISO 3166-2 d'une province ou région belge");

  /** {@code UNKNOWN} written where the cell should be left empty. */
  public static final ProblemCode UNKNOWN_NOT_ALLOWED =
      new ProblemCode(
          "TER-0110",
          "UNKNOWN is not a value here: leave the cell empty",
          "UNKNOWN n'est pas une valeur ici : laissez la cellule vide");

  /** A field that does not belong to the health row's kind. Arguments: kind. */
  public static final ProblemCode FIELD_NOT_FOR_KIND =
      new ProblemCode("TER-0111", "must be empty for a %s row", "doit être vide pour une ligne %s");

  /** A pathogen named twice. */
  public static final ProblemCode REPEATED_PATHOGEN =
      new ProblemCode("TER-0112", "a pathogen is named twice", "un pathogène est cité deux fois");

  /** An identified contact whose count is not 1. */
  public static final ProblemCode IDENTIFIED_COUNT =
      new ProblemCode(
          "TER-0113",
          "an identified contact stands for one contact: count must be 1",
          "un contact identifié compte pour un : count doit valoir 1");

  /** A linkage code not 1 to 64 characters of {@code [A-Za-z0-9._-]}; never with its value. */
  public static final ProblemCode INVALID_LINKAGE_CODE =
      new ProblemCode(
          "TER-0114",
          "not a valid linkage code (1 to 64 characters among A-Z a-z 0-9 . _ -)",
          "code de liaison invalide (1 à 64 caractères parmi A-Z a-z 0-9 . _ -)");

  // --- file structure
  /** A required file is missing. */
  public static final ProblemCode MISSING_FILE =
      new ProblemCode("TER-0201", "a required file is missing", "un fichier requis est absent");

  /** A CSV file the format does not define. */
  public static final ProblemCode UNKNOWN_FILE =
      new ProblemCode(
          "TER-0202",
          "not a file of the format: its records would be lost",
          "fichier inconnu du format : ses enregistrements seraient perdus");

  /** An unknown column or member. */
  public static final ProblemCode UNKNOWN_FIELD =
      new ProblemCode("TER-0203", "unknown column or member", "colonne ou membre inconnu");

  /** A required column or member is missing. */
  public static final ProblemCode MISSING_FIELD =
      new ProblemCode(
          "TER-0204", "a required column or member is missing", "colonne ou membre requis absent");

  /** A column or member named twice. */
  public static final ProblemCode DUPLICATE_FIELD =
      new ProblemCode(
          "TER-0205", "column or member named twice", "colonne ou membre présent deux fois");

  /** A row with more or fewer cells than the header. Arguments: cells, expected. */
  public static final ProblemCode WRONG_CELL_COUNT =
      new ProblemCode(
          "TER-0206",
          "the row has %s cells, the header %s",
          "la ligne a %s cellules, l'en-tête %s");

  /** Broken CSV quoting. */
  public static final ProblemCode BROKEN_QUOTING =
      new ProblemCode(
          "TER-0207",
          "broken quoting (a quote inside an unquoted cell, text after a closing quote, or an unterminated quote)",
          "guillemets mal formés (guillemet dans une cellule non citée, texte après le guillemet fermant, ou guillemet non fermé)");

  /** Bytes that are not UTF-8. */
  public static final ProblemCode INVALID_ENCODING =
      new ProblemCode("TER-0208", "not valid UTF-8", "encodage invalide : UTF-8 attendu");

  /** The organisation is not exactly one record. */
  public static final ProblemCode ORGANISATION_COUNT =
      new ProblemCode(
          "TER-0209",
          "a dataset has exactly one organisation",
          "un jeu de données a exactement une organisation");

  /** Malformed JSON. */
  public static final ProblemCode MALFORMED_JSON =
      new ProblemCode("TER-0210", "malformed JSON: %s", "JSON mal formé : %s");

  /** A JSON value of the wrong type. Arguments: expected type. */
  public static final ProblemCode WRONG_TYPE =
      new ProblemCode("TER-0211", "expected %s", "attendu : %s");

  /** A document over a safety limit. Arguments: what. */
  public static final ProblemCode LIMIT_EXCEEDED =
      new ProblemCode(
          "TER-0212",
          "input exceeds a safety limit: %s",
          "l'entrée dépasse une limite de sécurité : %s");

  /** An unknown JSON Lines record type. */
  public static final ProblemCode UNKNOWN_RECORD_TYPE =
      new ProblemCode(
          "TER-0213",
          "unknown record type: expected person, profile, contact, accompaniment, health or distribution",
          "type d'enregistrement inconnu : attendu person, profile, contact, accompaniment, health ou distribution");

  /** A format tag other than the supported one. Arguments: expected. */
  public static final ProblemCode WRONG_FORMAT =
      new ProblemCode("TER-0214", "expected format %s", "format attendu : %s");

  /** A file that cannot be read. */
  public static final ProblemCode UNREADABLE =
      new ProblemCode("TER-0215", "cannot be read: %s", "illisible : %s");

  // --- dataset rules
  /** An id used twice in its file. */
  public static final ProblemCode DUPLICATE_ID =
      new ProblemCode(
          "TER-0301", "id already used in this file", "identifiant déjà utilisé dans ce fichier");

  /** A person_id that no person has. */
  public static final ProblemCode UNKNOWN_PERSON =
      new ProblemCode("TER-0302", "no person has this id", "aucune personne n'a cet identifiant");

  /** An antenna_id that no antenna has. */
  public static final ProblemCode UNKNOWN_ANTENNA =
      new ProblemCode("TER-0303", "no antenna has this id", "aucune antenne n'a cet identifiant");

  /** A distribution row that disagrees with the act's first row. */
  public static final ProblemCode ACT_DISAGREES =
      new ProblemCode(
          "TER-0304",
          "rows of one distribution act must agree on date, antenna and person",
          "les lignes d'un même acte de distribution doivent avoir même date, antenne et personne");

  /** An item named twice in one act. */
  public static final ProblemCode ITEM_TWICE =
      new ProblemCode(
          "TER-0305", "the act names this item twice", "l'acte cite cet article deux fois");

  /** An activity dated before the person's birth year. */
  public static final ProblemCode BEFORE_BIRTH =
      new ProblemCode(
          "TER-0306",
          "dated before the person's birth year",
          "daté d'avant l'année de naissance de la personne");

  /** A date after the day the file is read. Arguments: that day. */
  public static final ProblemCode IN_THE_FUTURE =
      new ProblemCode(
          "TER-0307",
          "dated after the day the file is read (%s)",
          "daté d'après le jour de lecture (%s)");

  /** A first contact after the person's earliest activity. Arguments: earliest activity. */
  public static final ProblemCode FIRST_CONTACT_TOO_LATE =
      new ProblemCode(
          "TER-0308",
          "first contact after the person's earliest activity (%s)",
          "premier contact postérieur à la première activité de la personne (%s)");

  /** Two profile rows of one person and date that disagree. */
  public static final ProblemCode PROFILE_CONFLICT =
      new ProblemCode(
          "TER-0309",
          "another profile row of this person and date gives another value",
          "une autre ligne de profil de cette personne à cette date donne une autre valeur");

  /** A birth year after the current year. Arguments: year. */
  public static final ProblemCode BIRTH_YEAR_IN_FUTURE =
      new ProblemCode(
          "TER-0310",
          "birth year after the current year (%s)",
          "année de naissance postérieure à l'année en cours (%s)");

  // --- distribution rules files
  /** A rules file that is not the object {@code {"format": ..., "rules": [...]}}. */
  public static final ProblemCode RULES_NOT_OBJECT =
      new ProblemCode(
          "TER-0401",
          "a rules file is the object {\"format\": \"terrain-rules/1\", \"rules\": [...]}, not a bare array or value",
          "un fichier de règles est l'objet {\"format\": \"terrain-rules/1\", \"rules\": [...]}, pas un tableau nu ni une valeur");

  /** A rule's item that the {@code item} list does not have. */
  public static final ProblemCode RULE_UNKNOWN_ITEM =
      new ProblemCode(
          "TER-0402",
          "unknown item code: not in the list item",
          "code d'article inconnu : absent de la liste item");

  /** An eligible role that the {@code role} list does not have. */
  public static final ProblemCode RULE_UNKNOWN_ROLE =
      new ProblemCode(
          "TER-0403",
          "unknown role code: not in the list role",
          "code de rôle inconnu : absent de la liste role");

  /** A rule's antenna that the dataset does not have. */
  public static final ProblemCode RULE_UNKNOWN_ANTENNA =
      new ProblemCode(
          "TER-0404",
          "the dataset has no antenna with this id",
          "le jeu de données n'a pas d'antenne avec cet identifiant");

  /** A budget without the unit value it is charged at. */
  public static final ProblemCode RULE_BUDGET_WITHOUT_UNIT_VALUE =
      new ProblemCode(
          "TER-0405",
          "a rule with a budget must give unit_value_cents",
          "une règle avec un budget doit donner unit_value_cents");

  /** A validity that ends before it starts. Arguments: valid_from. */
  public static final ProblemCode RULE_VALID_TO_BEFORE_FROM =
      new ProblemCode(
          "TER-0406",
          "valid_to is before valid_from (%s)",
          "valid_to est antérieur à valid_from (%s)");

  /** A quota of less than one unit. */
  public static final ProblemCode RULE_QUOTA_UNITS =
      new ProblemCode(
          "TER-0407", "quota units must be at least 1", "les unités d'un quota valent au moins 1");

  /** A quota period that is not one of the four kinds. */
  public static final ProblemCode RULE_QUOTA_PERIOD =
      new ProblemCode(
          "TER-0408",
          "not a quota period: expected DAY, ISO_WEEK, MONTH or YEAR",
          "pas une période de quota : attendu DAY, ISO_WEEK, MONTH ou YEAR");

  /** Two rules with one id. */
  public static final ProblemCode RULE_DUPLICATE_ID =
      new ProblemCode(
          "TER-0409", "another rule already has this id", "une autre règle a déjà cet identifiant");

  /** A role or antenna named twice in a rule's list. */
  public static final ProblemCode RULE_LISTED_TWICE =
      new ProblemCode("TER-0410", "named twice in the list", "cité deux fois dans la liste");

  // --- plugins
  /** A plugin that the service loader could not load. Arguments: plugin, cause. */
  public static final ProblemCode PLUGIN_NOT_LOADED =
      new ProblemCode(
          "TER-0501",
          "plugin %s could not be loaded: %s",
          "le plugin %s n'a pas pu être chargé : %s");

  /** A plugin built for another major SPI version. Arguments: plugin, its SPI, Terrain's SPI. */
  public static final ProblemCode PLUGIN_INCOMPATIBLE =
      new ProblemCode(
          "TER-0502",
          "plugin %s is built for SPI %s; this Terrain implements SPI %s and needs the same major version",
          "le plugin %s est construit pour la SPI %s ; ce Terrain implémente la SPI %s et exige la même version majeure");

  /** A second plugin with an id already loaded. Arguments: plugin, the kept plugin's version. */
  public static final ProblemCode PLUGIN_DUPLICATE =
      new ProblemCode(
          "TER-0503",
          "plugin %s is loaded already (version %s): this one is left out",
          "le plugin %s est déjà chargé (version %s) : celui-ci est écarté");

  /** A plugin whose id, version or SPI version is not well formed. Arguments: plugin, what. */
  public static final ProblemCode PLUGIN_INVALID =
      new ProblemCode(
          "TER-0504",
          "plugin %s does not identify itself properly: %s",
          "le plugin %s ne s'identifie pas correctement : %s");

  /** A plugin that threw while registering. Arguments: plugin, the exception. */
  public static final ProblemCode PLUGIN_FAILED =
      new ProblemCode(
          "TER-0505",
          "plugin %s failed while registering: %s",
          "le plugin %s a échoué pendant son enregistrement : %s");

  /** A plugin that registers something already registered. Arguments: plugin, what. */
  public static final ProblemCode PLUGIN_CLASH =
      new ProblemCode(
          "TER-0506",
          "plugin %s clashes with what is registered: %s",
          "le plugin %s entre en conflit avec ce qui est enregistré : %s");

  /** A plugin registering something that cannot work. Arguments: plugin, what. */
  public static final ProblemCode PLUGIN_UNUSABLE =
      new ProblemCode(
          "TER-0507",
          "plugin %s registers something that cannot be used: %s",
          "le plugin %s enregistre quelque chose d'inutilisable : %s");

  /**
   * A plugin built for a newer minor SPI version (loaded). Arguments: plugin, its SPI, Terrain's
   * SPI.
   */
  public static final ProblemCode PLUGIN_NEWER_SPI =
      new ProblemCode(
          "TER-0508",
          "plugin %s is built for SPI %s, newer than this Terrain's %s: it is loaded, but may miss extension points",
          "le plugin %s est construit pour la SPI %s, plus récente que celle de ce Terrain (%s) : il est chargé, mais des points d'extension peuvent lui manquer");

  /** A dataset rule that threw. Arguments: rule, the exception. */
  public static final ProblemCode DATASET_RULE_FAILED =
      new ProblemCode(
          "TER-0509",
          "dataset rule %s failed and checked nothing: %s",
          "la règle %s a échoué et n'a rien vérifié : %s");

  /** A distribution rule kind that threw. Arguments: kind, the exception. */
  public static final ProblemCode RULE_KIND_FAILED =
      new ProblemCode(
          "TER-0510",
          "distribution rule kind %s failed and checked nothing: %s",
          "le type de règle de distribution %s a échoué et n'a rien vérifié : %s");

  /** {@return every code declared here, in declaration order} */
  public static List<ProblemCode> all() {
    List<ProblemCode> out = new ArrayList<>();
    for (Field f : ProblemCodes.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ProblemCode.class) {
        try {
          out.add((ProblemCode) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }
}
