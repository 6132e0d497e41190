package be.terrain.stats;

import be.terrain.stats.internal.StandardDimensions;
import org.apiguardian.api.API;

/**
 * The dimensions of the standard report ({@code standard-report.md}, "Derived attributes" and
 * "Tables"), and factories for variants of them. Each constant names its subject and code list.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Dimensions {
  private Dimensions() {}

  /** A person's {@code role}. */
  public static final Dimension ROLE = StandardDimensions.role();

  /** A person's {@code sex}; UNKNOWN when empty. */
  public static final Dimension SEX = StandardDimensions.sex();

  /**
   * A person's {@code age_band} in the period: the year of the period's last day minus the birth
   * year ({@code <18} is 0 to 17, so age 0 is {@code <18}; {@code 65+} is 65 and over); UNKNOWN
   * when the birth year is unknown (or, in an invalid dataset, after that year).
   */
  public static final Dimension AGE_BAND = StandardDimensions.ageBand("age_band");

  /**
   * A person's {@code nationality_group}: BE, EU when the country was an EU member state on the
   * period's last day, NON_EU otherwise, UNKNOWN when empty.
   */
  public static final Dimension NATIONALITY_GROUP = StandardDimensions.nationalityGroup();

  /** A person's {@code financial_resource} as of the period's last day (see {@link #profile}). */
  public static final Dimension FINANCIAL_RESOURCE =
      StandardDimensions.profile("financial_resource");

  /** A person's {@code housing} as of the period's last day. */
  public static final Dimension HOUSING = StandardDimensions.profile("housing");

  /** A person's {@code employment} as of the period's last day. */
  public static final Dimension EMPLOYMENT = StandardDimensions.profile("employment");

  /** A person's profile {@code health_coverage} as of the period's last day. */
  public static final Dimension HEALTH_COVERAGE = StandardDimensions.profile("health_coverage");

  /** A person's {@code setting} as of the period's last day. */
  public static final Dimension SETTING = StandardDimensions.profile("setting");

  /**
   * Whether the person is a {@code new_contact} in the period: YES when {@code first_contact} lies
   * in the period, NO when it lies before it; when it is empty, YES when the person's earliest
   * activity in the whole dataset lies in the period, else NO. A {@code first_contact} after the
   * period (impossible in a valid dataset, where it is not after the earliest activity) is treated
   * as empty.
   */
  public static final Dimension NEW_CONTACT = StandardDimensions.newContact();

  /** A contact's {@code contact_channel}. */
  public static final Dimension CONTACT_CHANNEL = StandardDimensions.contactChannel();

  /** An accompaniment's {@code accompaniment_domain}. */
  public static final Dimension ACCOMPANIMENT_DOMAIN = StandardDimensions.accompanimentDomain();

  /** A health intervention's {@code health_kind}. */
  public static final Dimension HEALTH_KIND = StandardDimensions.healthKind();

  /** A nursing care's {@code nursing_act}; other kinds have none. */
  public static final Dimension NURSING_ACT = StandardDimensions.nursingAct();

  /** A rapid test's {@code pathogen}s: multi-valued, a test for two pathogens counts under both. */
  public static final Dimension PATHOGEN = StandardDimensions.pathogen();

  /** A paramedical accompaniment's {@code paramedical_target}. */
  public static final Dimension PARAMEDICAL_TARGET = StandardDimensions.paramedicalTarget();

  /**
   * A medical consultation's {@code health_coverage}: its own coverage, else the person's profile
   * value as of the consultation's date (not the period's end), else UNKNOWN (an anonymous
   * consultation without coverage is UNKNOWN). Other kinds of health rows have no code.
   */
  public static final Dimension CONSULTATION_COVERAGE = StandardDimensions.consultationCoverage();

  /** A distribution row's {@code item}. */
  public static final Dimension ITEM = StandardDimensions.item();

  /** The {@code item_group} of a distribution row's item. */
  public static final Dimension ITEM_GROUP = StandardDimensions.rowItemGroup();

  /**
   * The {@code item_group}s of a distribution act's items: multi-valued, an act counts once under
   * each group it hands out (two items of one group count once for that group).
   */
  public static final Dimension ACT_ITEM_GROUPS = StandardDimensions.actItemGroups();

  /**
   * Age bands read from another code list, for reports with other bands (a federation's ten-year
   * bands). Codes are written {@code <N} (0 to N-1), {@code A-B} (both included), {@code N+} (N and
   * over) and {@code UNKNOWN}; ages in no band are UNKNOWN. The list is read when the report is
   * computed, from the dataset's code registry.
   *
   * @param codeList the id of the list, registered in the dataset's {@link
   *     be.terrain.core.CodeRegistry}
   * @return the person dimension of those bands
   */
  public static Dimension ageBand(String codeList) {
    return StandardDimensions.ageBand(codeList);
  }

  /**
   * {@return a profile attribute as of the period's last day: the latest non-empty value assessed
   * on or before it, else UNKNOWN} The code list is the attribute's.
   *
   * @param attribute one of {@link be.terrain.core.ProfileTable#ATTRIBUTES}
   * @throws IllegalArgumentException when it is not a profile attribute
   */
  public static Dimension profile(String attribute) {
    return StandardDimensions.profile(attribute);
  }
}
