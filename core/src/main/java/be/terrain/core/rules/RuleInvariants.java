package be.terrain.core.rules;

import be.terrain.core.internal.FieldRules;
import java.time.LocalDate;

/**
 * The invariants of a {@link DistributionRule}, each written once: the record's constructor throws
 * when one fails, and a rules reader reports it as a problem of its input (and goes on to find the
 * others). Each check is a pure predicate on the parts it concerns.
 */
public final class RuleInvariants {
  /** The lowest unit value, in cents. */
  public static final int MIN_UNIT_VALUE_CENTS = 0;

  /** The highest unit value, in cents, as for distribution rows. */
  public static final int MAX_UNIT_VALUE_CENTS = FieldRules.UNIT_VALUE_MAX;

  /** The lowest budget, in cents. */
  public static final long MIN_BUDGET_CENTS = 0;

  private RuleInvariants() {}

  /**
   * {@return whether a rule id is 1 to 64 characters among {@code A-Z a-z 0-9 . _ -}}
   *
   * @param id the rule id
   */
  public static boolean isValidId(String id) {
    return FieldRules.isValidId(id);
  }

  /**
   * {@return whether a code or id named by a rule (its item, an eligible role, an antenna) is not
   * blank}
   *
   * @param name the code or id
   */
  public static boolean isValidName(String name) {
    return !name.isBlank();
  }

  /**
   * {@return whether a unit value is {@value #MIN_UNIT_VALUE_CENTS} to {@link
   * #MAX_UNIT_VALUE_CENTS}}
   *
   * @param cents the unit value in cents
   */
  public static boolean isValidUnitValue(long cents) {
    return cents >= MIN_UNIT_VALUE_CENTS && cents <= MAX_UNIT_VALUE_CENTS;
  }

  /**
   * {@return whether a budget is not negative}
   *
   * @param cents the budget in cents
   */
  public static boolean isValidBudget(long cents) {
    return cents >= MIN_BUDGET_CENTS;
  }

  /**
   * {@return whether a quota allows at least one unit per period}
   *
   * @param units the units per period
   */
  public static boolean isValidQuotaUnits(long units) {
    return units >= 1;
  }

  /**
   * {@return whether a rule's budget comes with the unit value it is charged at (or there is none)}
   *
   * @param budget whether the rule has a budget
   * @param unitValue whether the rule has a unit value
   */
  public static boolean hasUnitValueForBudget(boolean budget, boolean unitValue) {
    return !budget || unitValue;
  }

  /**
   * {@return whether a validity ends on or after the day it starts}
   *
   * @param validFrom the first day of the validity
   * @param validTo the last day of the validity
   */
  public static boolean isValidPeriod(LocalDate validFrom, LocalDate validTo) {
    return !validTo.isBefore(validFrom);
  }
}
