package be.terrain.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A rule that a hand-out would break, and by how much: what a {@link DistributionDesk} answers.
 *
 * @param ruleId the rule
 * @param kind how the hand-out breaks it
 * @param period the label of the hand-out's quota period; empty when the rule has no quota
 * @param excessUnits for {@link ViolationKind#OVER_QUOTA}: the units over the quota
 * @param excessCents for {@link ViolationKind#OVER_BUDGET}: the cents over the budget
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Breach(
    String ruleId,
    ViolationKind kind,
    Optional<String> period,
    OptionalInt excessUnits,
    OptionalLong excessCents) {
  /**
   * Checks that the excess fits the kind.
   *
   * @param ruleId the rule
   * @param kind how the hand-out breaks it
   * @param period the label of the hand-out's quota period; empty when the rule has no quota
   * @param excessUnits for {@link ViolationKind#OVER_QUOTA}: the units over the quota
   * @param excessCents for {@link ViolationKind#OVER_BUDGET}: the cents over the budget
   * @throws IllegalArgumentException as {@link Violation} does
   */
  public Breach {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(kind, "kind");
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
  }

  /**
   * {@return the breach a check's violation of a rule stands for (without act, item, person and
   * date)}
   *
   * @param ruleId the rule
   * @param v a violation of that rule found by a check
   */
  public static Breach of(String ruleId, Violation v) {
    return new Breach(ruleId, v.kind(), v.period(), v.excessUnits(), v.excessCents());
  }
}
