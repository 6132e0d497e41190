package be.terrain.core.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * The check of one rule as of a date: what was handed out, what it cost, every violation in ledger
 * order, and the plan.
 *
 * @param id the rule's id
 * @param spentCents the value charged for the applicable rows dated up to the plan's date
 * @param leftCents the budget left, never below 0; empty without a budget
 * @param units the units handed out in the applicable rows
 * @param persons the distinct identified persons of the applicable rows (ineligible ones and those
 *     served at another antenna included)
 * @param violations every violation, in ledger order, each row's in the order of {@link
 *     ViolationKind}
 * @param plan the plan
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleResult(
    String id,
    long spentCents,
    OptionalLong leftCents,
    long units,
    int persons,
    List<Violation> violations,
    Plan plan) {
  /**
   * Checks for nulls and copies the violations.
   *
   * @param id the rule's id
   * @param spentCents the value charged for the applicable rows dated up to the plan's date
   * @param leftCents the budget left, never below 0; empty without a budget
   * @param units the units handed out in the applicable rows
   * @param persons the distinct identified persons of the applicable rows (ineligible ones and
   *     those served at another antenna included)
   * @param violations every violation, in ledger order, each row's in the order of {@link
   *     ViolationKind}
   * @param plan the plan
   */
  public RuleResult {
    requireNonNull(id, "id");
    requireNonNull(leftCents, "leftCents");
    violations =
        violations instanceof be.terrain.core.rules.internal.ViolationList
            ? violations
            : List.copyOf(violations);
    requireNonNull(plan, "plan");
  }
}
