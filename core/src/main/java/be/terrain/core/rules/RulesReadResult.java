package be.terrain.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import be.terrain.core.Problem;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a rules reader returns: the rules when the input had no problem, otherwise every problem
 * (and no rules: a rule set with a broken rule would check the ledger against the wrong rules).
 *
 * @param rules the rules, present exactly when there is no problem
 * @param problems every problem, in the order found
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RulesReadResult(Optional<RuleSet> rules, List<Problem> problems) {
  /**
   * Checks that there are rules or problems, not both.
   *
   * @param rules the rules, present exactly when there is no problem
   * @param problems every problem, in the order found
   * @throws IllegalArgumentException if both or neither are given
   */
  public RulesReadResult {
    requireNonNull(rules, "rules");
    problems = List.copyOf(problems);
    checkArgument(
        rules.isPresent() == problems.isEmpty(),
        "a rules read result has rules or problems, not both and not neither");
  }

  /**
   * Rules read without problem.
   *
   * @param rules the rules read
   * @return a result holding the rules and no problem
   */
  public static RulesReadResult of(RuleSet rules) {
    return new RulesReadResult(Optional.of(rules), List.of());
  }

  /**
   * {@return a failed read with its problems (at least one)}
   *
   * @param problems every problem, in the order found
   */
  public static RulesReadResult failed(List<Problem> problems) {
    return new RulesReadResult(Optional.empty(), problems);
  }

  /** {@return whether the input had no problem} */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * {@return the rules, when the input had no problem}
   *
   * @throws InvalidRulesException carrying every problem otherwise
   */
  public RuleSet orThrow() {
    return rules.orElseThrow(() -> new InvalidRulesException(problems));
  }
}
