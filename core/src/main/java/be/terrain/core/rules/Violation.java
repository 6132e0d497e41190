package be.terrain.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A ledger row that breaks a rule, as the rules check reports it.
 *
 * @param kind how the row breaks the rule
 * @param actId the row's act
 * @param item the row's item code
 * @param personId the person; empty when the row is anonymous
 * @param date the row's date
 * @param period the label of the row's quota period ({@code 2021-W07}); empty when the rule has no
 *     quota
 * @param excessUnits for {@link ViolationKind#OVER_QUOTA}: the units over the quota, min(row units,
 *     period total − quota); empty for the other kinds
 * @param excessCents for {@link ViolationKind#OVER_BUDGET}: the cents over the budget, min(row
 *     value, charged − budget); empty for the other kinds
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Violation(
    ViolationKind kind,
    String actId,
    String item,
    Optional<String> personId,
    LocalDate date,
    Optional<String> period,
    OptionalInt excessUnits,
    OptionalLong excessCents) {
  /**
   * Checks that the excess fits the kind.
   *
   * @param kind how the row breaks the rule
   * @param actId the row's act
   * @param item the row's item code
   * @param personId the person; empty when the row is anonymous
   * @param date the row's date
   * @param period the label of the row's quota period ({@code 2021-W07}); empty when the rule has
   *     no quota
   * @param excessUnits for {@link ViolationKind#OVER_QUOTA}: the units over the quota, min(row
   *     units, period total − quota); empty for the other kinds
   * @param excessCents for {@link ViolationKind#OVER_BUDGET}: the cents over the budget, min(row
   *     value, charged − budget); empty for the other kinds
   * @throws IllegalArgumentException if an excess is given for another kind than its own, missing
   *     for its own, or not positive
   */
  public Violation {
    requireNonNull(kind, "kind");
    requireNonNull(actId, "actId");
    requireNonNull(item, "item");
    requireNonNull(personId, "personId");
    requireNonNull(date, "date");
    requireNonNull(period, "period");
    requireNonNull(excessUnits, "excessUnits");
    requireNonNull(excessCents, "excessCents");
    checkArgument(
        excessUnits.isPresent() == (kind == ViolationKind.OVER_QUOTA),
        "excess units go with OVER_QUOTA and only with it (%s)",
        kind);
    checkArgument(
        excessCents.isPresent() == (kind == ViolationKind.OVER_BUDGET),
        "excess cents go with OVER_BUDGET and only with it (%s)",
        kind);
    checkArgument(excessUnits.orElse(1) > 0, "excess units must be positive: %s", excessUnits);
    checkArgument(excessCents.orElse(1) > 0, "excess cents must be positive: %s", excessCents);
  }
}
