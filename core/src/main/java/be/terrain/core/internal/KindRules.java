package be.terrain.core.internal;

import be.terrain.core.HealthIntervention;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import java.util.List;

/**
 * The rules that span two fields of one record (the kind rules), written once for both validation
 * paths: the bulk path ({@link TableBuilder}, on a row's cells) and {@code
 * be.terrain.validation.RecordValidator} (on a record object, in terrain-record-validation). Each
 * rule is a pure function of a few primitive readings, so that the bulk path calls it per row
 * without allocating.
 *
 * <ul>
 *   <li>health: which kind-specific fields a health intervention's kind requires, allows or forbids
 *       ({@link #need}), and what {@code FIELD_NOT_FOR_KIND} names ({@link #notForKind});
 *   <li>contact: an identified contact counts one person ({@link #wrongIdentifiedCount}).
 * </ul>
 */
public final class KindRules {
  private KindRules() {}

  /** A health kind no rule below names (or none): every kind-specific field must be empty. */
  public static final int OTHER_KIND = 0;

  /** Nursing care. */
  public static final int NURSING_CARE = 1;

  /** A paramedical accompaniment. */
  public static final int PARAMEDICAL = 2;

  /** A medical consultation. */
  public static final int CONSULTATION = 3;

  /** The kind-specific fields of health, in field order (their positions below). */
  public static final List<String> HEALTH_FIELDS =
      List.of("act", "pathogens", "target", "coverage", "reason");

  /** Position of {@code act} in {@link #HEALTH_FIELDS}. */
  public static final int ACT = 0;

  /** Position of {@code pathogens}. */
  public static final int PATHOGENS = 1;

  /** Position of {@code target}. */
  public static final int TARGET = 2;

  /** Position of {@code coverage}. */
  public static final int COVERAGE = 3;

  /** Position of {@code reason}. */
  public static final int REASON = 4;

  /** A field that may have a value or not. */
  public static final int MAY = 0;

  /** A field that must have a value. */
  public static final int MUST = 1;

  /** A field that must be empty. */
  public static final int MUST_NOT = 2;

  /** The health kind of a {@code health_kind} code ({@link #OTHER_KIND} for any other text). */
  public static int healthKind(String code) {
    return switch (code) {
      case HealthIntervention.NURSING_CARE -> NURSING_CARE;
      case HealthIntervention.PARAMEDICAL_ACCOMPANIMENT -> PARAMEDICAL;
      case HealthIntervention.MEDICAL_CONSULTATION -> CONSULTATION;
      default -> OTHER_KIND;
    };
  }

  /**
   * What a kind-specific field needs for a health kind: {@link #MAY}, {@link #MUST} or {@link
   * #MUST_NOT}; {@link #MAY} for a position that is not a kind-specific field.
   *
   * @param field a position in {@link #HEALTH_FIELDS}
   * @param rapidTest whether the act is a rapid test ({@link
   *     be.terrain.core.NursingCare#RAPID_TEST})
   */
  public static int need(int healthKind, int field, boolean rapidTest) {
    return switch (field) {
      case ACT -> healthKind == NURSING_CARE ? MUST : MUST_NOT;
      case PATHOGENS -> healthKind == NURSING_CARE && rapidTest ? MUST : MUST_NOT;
      case TARGET -> healthKind == PARAMEDICAL ? MUST : MUST_NOT;
      case COVERAGE, REASON -> healthKind == CONSULTATION ? MAY : MUST_NOT;
      default -> MAY;
    };
  }

  /**
   * The problem of a field that has a value or not under its {@link #need}: {@code MISSING_VALUE},
   * {@code FIELD_NOT_FOR_KIND}, or null.
   */
  public static ProblemCode problem(int need, boolean present) {
    if (need == MUST) {
      return present ? null : ProblemCodes.MISSING_VALUE;
    }
    return need == MUST_NOT && present ? ProblemCodes.FIELD_NOT_FOR_KIND : null;
  }

  /**
   * What a {@code FIELD_NOT_FOR_KIND} names: the kind, and for the pathogens of nursing care also
   * its act (only a rapid test names pathogens).
   */
  public static String notForKind(String kindCode, int healthKind, int field, String act) {
    return field == PATHOGENS && healthKind == NURSING_CARE ? kindCode + " " + act : kindCode;
  }

  /**
   * Whether a contact's count breaks the rule that an identified contact counts one person; a count
   * out of its range is only that (its own problem).
   */
  public static boolean wrongIdentifiedCount(boolean identified, int count) {
    return identified
        && FieldRules.inRange(count, FieldRules.COUNT_MIN, FieldRules.COUNT_MAX)
        && count != 1;
  }
}
