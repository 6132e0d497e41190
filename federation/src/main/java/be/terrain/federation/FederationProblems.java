package be.terrain.federation;

import be.terrain.core.ProblemCode;
import org.apiguardian.api.API;

/**
 * The problem codes of the federation files, {@code TER-06xx} ({@code docs/problem-codes.md}):
 * TER-0601 to TER-0619 refuse a contribution file, TER-0620 to TER-0629 refuse a merge. Each such
 * problem carries the file and a JSON pointer; none carries a person id or a linkage code.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FederationProblems {
  private FederationProblems() {}

  /** The file cannot be read or is not JSON: the reason. */
  public static final ProblemCode MALFORMED =
      new ProblemCode("TER-0601", "not a readable JSON file: %s", "fichier JSON illisible : %s");

  /** {@code format} is not the expected one: what it says, what was expected. */
  public static final ProblemCode WRONG_FORMAT =
      new ProblemCode(
          "TER-0602", "format '%s' where %s is expected", "format '%s' au lieu de %s attendu");

  /** A member the format does not define: its name. */
  public static final ProblemCode UNKNOWN_MEMBER =
      new ProblemCode("TER-0603", "unknown member '%s'", "membre inconnu '%s'");

  /** A required member is missing: its name. */
  public static final ProblemCode MISSING_MEMBER =
      new ProblemCode("TER-0604", "missing member '%s'", "membre manquant '%s'");

  /** A member named twice in one object: its name. */
  public static final ProblemCode DUPLICATE_MEMBER =
      new ProblemCode("TER-0605", "member '%s' named twice", "membre '%s' nommé deux fois");

  /** A value of the wrong JSON type: what was expected. */
  public static final ProblemCode WRONG_TYPE =
      new ProblemCode("TER-0606", "wrong JSON type: %s expected", "type JSON erroné : %s attendu");

  /** A value of the right type that the format refuses: why. */
  public static final ProblemCode INVALID_VALUE =
      new ProblemCode("TER-0607", "invalid value: %s", "valeur invalide : %s");

  /** A sketch that is not base64 (RFC 4648, with padding). */
  public static final ProblemCode BAD_BASE64 =
      new ProblemCode(
          "TER-0608", "the sketch is not base64 with padding", "le sketch n'est pas en base64");

  /** A sketch DataSketches cannot read, or not lgConfigK 12 / HLL_4: why. */
  public static final ProblemCode BAD_SKETCH =
      new ProblemCode("TER-0609", "unusable sketch: %s", "sketch inutilisable : %s");

  /** A count below its unlinked persons: count, unlinked. */
  public static final ProblemCode COUNT_BELOW_UNLINKED =
      new ProblemCode(
          "TER-0610",
          "count %d is below its %d unlinked persons",
          "le compte %d est inférieur à ses %d personnes non liées");

  /** A table, scope or code that the definition does not have, or misses: what. */
  public static final ProblemCode DEFINITION_MISMATCH =
      new ProblemCode(
          "TER-0611",
          "does not match the definition: %s",
          "ne correspond pas à la définition : %s");

  /** Sketches where there is no linkage, or none where there is: what. */
  public static final ProblemCode LINKAGE_MISMATCH =
      new ProblemCode(
          "TER-0612", "sketches and linkage disagree: %s", "sketches et liaison en désaccord : %s");

  /** Contributions for different periods: this one's, the first's. */
  public static final ProblemCode DIFFERENT_PERIOD =
      new ProblemCode(
          "TER-0620",
          "period %s differs from %s of the other contributions",
          "la période %s diffère de %s des autres contributions");

  /** Contributions of different definitions: this one's, the first's. */
  public static final ProblemCode DIFFERENT_DEFINITION =
      new ProblemCode(
          "TER-0621",
          "definition %s differs from %s of the other contributions",
          "la définition %s diffère de %s des autres contributions");

  /** Contributions made with different keys: this key id, the first's. */
  public static final ProblemCode DIFFERENT_KEY =
      new ProblemCode(
          "TER-0622",
          "key id %s differs from %s of the other contributions",
          "l'identifiant de clé %s diffère de %s des autres contributions");

  /** One organisation contributes twice: its id. */
  public static final ProblemCode ORGANISATION_TWICE =
      new ProblemCode(
          "TER-0623",
          "organisation %s contributes more than once",
          "l'organisation %s contribue plus d'une fois");

  /** Some contributions have linkage and others not (linkage not turned off). */
  public static final ProblemCode LINKAGE_MIXED =
      new ProblemCode(
          "TER-0624",
          "this contribution has no linkage while others have (merge without linkage to accept)",
          "cette contribution n'a pas de liaison alors que d'autres en ont");

  /** Nothing to merge. */
  public static final ProblemCode NO_CONTRIBUTION =
      new ProblemCode("TER-0625", "no contribution to merge", "aucune contribution à fusionner");
}
