package be.terrain.platform.internal;

import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.rules.RuleKindResults;
import be.terrain.core.spi.DistributionRuleKind;
import be.terrain.core.spi.RuleKindViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the registered distribution rule kinds over a ledger, defensively: a kind that throws is
 * reported ({@code TER-0510}, the kind's id as the problem's value) and the others still run.
 */
public final class RuleKindRunner {
  private static final Logger LOG = LoggerFactory.getLogger(RuleKindRunner.class);

  private RuleKindRunner() {}

  /**
   * Checks the ledger against every kind, in the order given.
   *
   * @param kinds the kinds, in registration order
   * @param dataset the dataset
   * @param asOf rows dated after it are left out
   */
  public static RuleKindResults run(
      List<DistributionRuleKind> kinds, Dataset dataset, LocalDate asOf) {
    List<String> ids = new ArrayList<>();
    List<RuleKindViolation> violations = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (DistributionRuleKind k : kinds) {
      ids.add(k.id());
      try {
        violations.addAll(List.copyOf(k.check(dataset, asOf)));
      } catch (RuntimeException | LinkageError e) {
        LOG.warn("distribution rule kind {} failed", k.id(), e);
        problems.add(
            Problem.of(ProblemCodes.RULE_KIND_FAILED)
                .value(k.id())
                .args(k.id(), String.valueOf(e))
                .build());
      }
    }
    return new RuleKindResults(ids, violations, problems);
  }
}
