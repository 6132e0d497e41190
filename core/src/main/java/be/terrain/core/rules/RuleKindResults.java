package be.terrain.core.rules;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Problem;
import be.terrain.core.spi.RuleKindViolation;
import java.util.List;

/**
 * What the plugins' distribution rule kinds ({@link be.terrain.core.spi.DistributionRuleKind})
 * found in a ledger check: part of a {@link RulesCheck} when the check ran registered kinds, so
 * that one result holds everything a ledger check found.
 *
 * @param kinds the ids of the kinds checked, in registration order
 * @param violations every kind's violations, kind by kind in registration order
 * @param problems the kinds that failed ({@code TER-0510}), whose violations are missing
 */
public record RuleKindResults(
    List<String> kinds, List<RuleKindViolation> violations, List<Problem> problems) {
  /**
   * Checks for nulls and copies the lists.
   *
   * @param kinds the ids of the kinds checked, in registration order
   * @param violations every kind's violations, kind by kind in registration order
   * @param problems the kinds that failed ({@code TER-0510}), whose violations are missing
   */
  public RuleKindResults {
    kinds = List.copyOf(requireNonNull(kinds, "kinds"));
    violations = List.copyOf(requireNonNull(violations, "violations"));
    problems = List.copyOf(requireNonNull(problems, "problems"));
  }

  /**
   * {@return the violations of one kind, in the order found}
   *
   * @param kind the rule kind's id
   */
  public List<RuleKindViolation> violations(String kind) {
    requireNonNull(kind, "kind");
    return violations.stream().filter(v -> v.kind().equals(kind)).toList();
  }

  /** {@return whether no kind found a violation and none failed} */
  public boolean isClean() {
    return violations.isEmpty() && problems.isEmpty();
  }
}
