package be.terrain.core.rules;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.rules.internal.CheckEngine;
import be.terrain.core.spi.RuleKindViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A dataset's distribution ledger checked against rules as of a date ({@code
 * terrain-rules-check/1}): for each rule, in the order of the rule set, what was spent and handed
 * out, every violation and the plan.
 *
 * <p>For each rule the check takes the rows of its item dated from {@code valid_from} to {@code
 * asOf} capped at {@code valid_to}, in date order, then by act id (code point), then in the order
 * read. Every such row counts in its person's quota and is charged to the budget, violations
 * included; anonymous rows are in no quota but are charged. The check expects a dataset that
 * validates: rows that could not be read (no date, item, act or quantity) are left out, and a
 * person reference that does not resolve counts as anonymous.
 *
 * <p>A check made by {@code Terrain.check} (module {@code terrain-platform}) with plugins that
 * register distribution rule kinds holds their results too ({@link #ruleKinds()}): one result for
 * the whole ledger check. {@link #of(Dataset, RuleSet, LocalDate)} checks the rule set only.
 *
 * <p>Fast: the rows are sorted once with a primitive sort and each rule is one pass with per-person
 * counters in arrays; rules are checked in parallel on large ledgers.
 *
 * @param asOf the date asked for (each rule's plan shows it capped at the rule's {@code valid_to})
 * @param rules one result per rule, in the order of the rule set
 * @param ruleKinds what the plugins' distribution rule kinds found; empty when no kind was checked
 *     (none registered, or a check of the rule set only)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RulesCheck(
    LocalDate asOf, List<RuleResult> rules, Optional<RuleKindResults> ruleKinds) {
  /**
   * Checks for nulls and copies the list.
   *
   * @param asOf the date asked for (each rule's plan shows it capped at the rule's {@code
   *     valid_to})
   * @param rules one result per rule, in the order of the rule set
   * @param ruleKinds what the plugins' distribution rule kinds found; empty when no kind was
   *     checked (none registered, or a check of the rule set only)
   */
  public RulesCheck {
    requireNonNull(asOf, "asOf");
    rules = List.copyOf(rules);
    requireNonNull(ruleKinds, "ruleKinds");
  }

  /**
   * A check of rules only: no rule kind checked.
   *
   * @param asOf the date asked for (each rule's plan shows it capped at the rule's {@code
   *     valid_to})
   * @param rules one result per rule, in the order of the rule set
   */
  public RulesCheck(LocalDate asOf, List<RuleResult> rules) {
    this(asOf, rules, Optional.empty());
  }

  /**
   * Checks a dataset's distribution ledger against rules as of a date.
   *
   * @param dataset the dataset (it should validate)
   * @param rules the rules
   * @param asOf the date of the check: rows dated after it are left out; capped at each rule's
   *     {@code valid_to}
   * @return the check, one result per rule; no rule kind checked
   */
  public static RulesCheck of(Dataset dataset, RuleSet rules, LocalDate asOf) {
    requireNonNull(dataset, "dataset");
    requireNonNull(rules, "rules");
    requireNonNull(asOf, "asOf");
    return new RulesCheck(asOf, CheckEngine.check(dataset, rules, asOf));
  }

  /**
   * {@link #of(Dataset, RuleSet, LocalDate)} as of the system clock's today.
   *
   * @param dataset the dataset whose distribution rows are checked
   * @param rules the rules to check
   * @return the check's results, rule by rule
   */
  public static RulesCheck of(Dataset dataset, RuleSet rules) {
    return of(dataset, rules, LocalDate.now());
  }

  /**
   * {@return the result of the rule with that id, if the rule set has it}
   *
   * @param ruleId the rule's id
   */
  public Optional<RuleResult> result(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /**
   * {@return this check with the results of the plugins' distribution rule kinds, as of the same
   * date}
   *
   * @param kinds what the kinds found
   */
  public RulesCheck withRuleKinds(RuleKindResults kinds) {
    return new RulesCheck(asOf, rules, Optional.of(requireNonNull(kinds, "kinds")));
  }

  /** {@return the plugins' rule kinds' violations, kind by kind; empty when no kind was checked} */
  public List<RuleKindViolation> kindViolations() {
    return ruleKinds.map(RuleKindResults::violations).orElse(List.of());
  }

  /** {@return the rule kinds that failed ({@code TER-0510}); empty when no kind was checked} */
  public List<Problem> kindProblems() {
    return ruleKinds.map(RuleKindResults::problems).orElse(List.of());
  }

  /** {@return whether no rule has a violation, no rule kind found one and none failed} */
  public boolean isClean() {
    return rules.stream().allMatch(r -> r.violations().isEmpty())
        && ruleKinds.map(RuleKindResults::isClean).orElse(true);
  }
}
