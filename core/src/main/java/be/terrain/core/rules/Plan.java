package be.terrain.core.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * What a rule's budget still allows, as of a date. The pace is {@code spentCents / days}: the
 * budget runs out on {@code asOf} plus ceil(left × days / spent) days, computed in integers.
 *
 * @param asOf the date of the plan: the date asked for, capped at the rule's {@code valid_to}
 * @param runsOutOn the day the budget runs out at the pace so far; empty without a budget, when
 *     nothing was spent yet, or when that day is after {@code valid_to}
 * @param lasts whether the budget lasts to {@code valid_to} (true exactly when {@code runsOutOn} is
 *     empty)
 * @param personPeriodsLeft floor(left / (quota units × unit value)): the person-periods at full
 *     quota the budget still pays for; empty without a budget, without a quota, or with a unit
 *     value of 0
 * @param days the days from {@code valid_from} to {@code asOf}, both counted (0 when {@code asOf}
 *     is before {@code valid_from})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Plan(
    LocalDate asOf,
    Optional<LocalDate> runsOutOn,
    boolean lasts,
    OptionalLong personPeriodsLeft,
    long days) {
  /**
   * Checks for nulls.
   *
   * @param asOf the date of the plan: the date asked for, capped at the rule's {@code valid_to}
   * @param runsOutOn the day the budget runs out at the pace so far; empty without a budget, when
   *     nothing was spent yet, or when that day is after {@code valid_to}
   * @param lasts whether the budget lasts to {@code valid_to} (true exactly when {@code runsOutOn}
   *     is empty)
   * @param personPeriodsLeft floor(left / (quota units × unit value)): the person-periods at full
   *     quota the budget still pays for; empty without a budget, without a quota, or with a unit
   *     value of 0
   * @param days the days from {@code valid_from} to {@code asOf}, both counted (0 when {@code asOf}
   *     is before {@code valid_from})
   */
  public Plan {
    requireNonNull(asOf, "asOf");
    requireNonNull(runsOutOn, "runsOutOn");
    requireNonNull(personPeriodsLeft, "personPeriodsLeft");
  }
}
