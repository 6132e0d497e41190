package be.terrain.platform;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Problem;
import be.terrain.core.spi.RuleKindViolation;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A ledger checked against the plugins' distribution rule kinds ({@link Terrain#checkRuleKinds}).
 *
 * @param asOf the date of the check
 * @param violations every kind's violations, kind by kind in registration order
 * @param problems the kinds that failed ({@code TER-0510}), whose violations are missing
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleKindCheck(
    LocalDate asOf, List<RuleKindViolation> violations, List<Problem> problems) {
  /** Checks for nulls and copies the lists. */
  public RuleKindCheck {
    requireNonNull(asOf, "asOf");
    violations = List.copyOf(violations);
    problems = List.copyOf(problems);
  }

  /** Whether no kind found a violation and none failed. */
  public boolean isClean() {
    return violations.isEmpty() && problems.isEmpty();
  }
}
