package be.terrain.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * An ordered set of distribution rules with distinct ids, as a {@code rules.json} file holds them.
 * The order is kept: a check reports the rules in this order. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleSet {
  private static final RuleSet EMPTY = new RuleSet(List.of());

  private final List<DistributionRule> rules;

  private RuleSet(List<DistributionRule> rules) {
    this.rules = rules;
  }

  /**
   * {@return the rules, in the order given}
   *
   * @param rules the rules, with distinct ids; copied
   * @throws IllegalArgumentException if two rules have the same id
   * @throws NullPointerException if a rule is null
   */
  public static RuleSet of(List<DistributionRule> rules) {
    List<DistributionRule> copy = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (DistributionRule r : copy) {
      checkArgument(ids.add(r.id()), "two rules have the id '%s'", r.id());
    }
    return new RuleSet(copy);
  }

  /**
   * {@return the rules, in the order given; see {@link #of(List)}}
   *
   * @param rules the rules, with distinct ids; copied
   */
  public static RuleSet of(DistributionRule... rules) {
    return of(Arrays.asList(rules));
  }

  /** {@return the empty rule set} */
  public static RuleSet empty() {
    return EMPTY;
  }

  /** {@return the rules in order} */
  public List<DistributionRule> rules() {
    return rules;
  }

  /** {@return the number of rules} */
  public int size() {
    return rules.size();
  }

  /**
   * {@return the rule with that id, if any}
   *
   * @param id the rule's id
   */
  public Optional<DistributionRule> find(String id) {
    for (DistributionRule r : rules) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks the rules against a dataset: the item and role codes against its code lists and the
   * antennas against its antennas. Problems are nowhere in particular ({@link RuleLocator#NONE}).
   *
   * @return every problem, rule by rule, member by member; empty when the rules fit the dataset
   * @param dataset the dataset the rules are for
   */
  public List<Problem> validate(Dataset dataset) {
    return validate(dataset, RuleLocator.NONE);
  }

  /**
   * Checks the rules against a dataset, locating each problem with the locator of the file the
   * rules were read from.
   *
   * @return every problem (item, then roles, then antennas, rule by rule)
   * @param dataset the dataset the rules are for
   * @param locator turns a rule's place into a location in the rules file
   */
  public List<Problem> validate(Dataset dataset, RuleLocator locator) {
    requireNonNull(dataset, "dataset");
    Set<String> antennaIds = new HashSet<>();
    dataset.antennas().forEach(a -> antennaIds.add(a.id()));
    return check(dataset.codes(), antennaIds::contains, locator);
  }

  /**
   * Checks the item and role codes against code lists only (no dataset at hand, so antennas are not
   * checked).
   *
   * @param registry the code lists the item and roles must belong to
   * @param locator turns a rule's place into a location in the rules file
   * @return every problem (item, then roles, rule by rule); empty when the rules fit the lists
   */
  public List<Problem> validate(CodeRegistry registry, RuleLocator locator) {
    requireNonNull(registry, "registry");
    return check(registry, null, locator);
  }

  private List<Problem> check(
      CodeRegistry registry, Predicate<String> antennaExists, RuleLocator locator) {
    requireNonNull(locator, "locator");
    CodeList items = registry.list("item");
    CodeList roles = registry.list("role");
    List<Problem> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      DistributionRule r = rules.get(i);
      if (!items.contains(r.item())) {
        out.add(problem(ProblemCodes.RULE_UNKNOWN_ITEM, locator, i, r, "item", -1, r.item()));
      }
      if (r.eligibleRoles().isPresent()) {
        int e = 0;
        for (String role : r.eligibleRoles().get()) {
          if (!roles.contains(role)) {
            out.add(
                problem(ProblemCodes.RULE_UNKNOWN_ROLE, locator, i, r, "eligible_roles", e, role));
          }
          e++;
        }
      }
      if (antennaExists != null && r.antennas().isPresent()) {
        int e = 0;
        for (String antenna : r.antennas().get()) {
          if (!antennaExists.test(antenna)) {
            out.add(
                problem(ProblemCodes.RULE_UNKNOWN_ANTENNA, locator, i, r, "antennas", e, antenna));
          }
          e++;
        }
      }
    }
    return out;
  }

  private static Problem problem(
      ProblemCode code,
      RuleLocator locator,
      int index,
      DistributionRule rule,
      String member,
      int element,
      String value) {
    return Problem.of(code)
        .at(locator.locate(index, member, element))
        .record(null, rule.id())
        .field(member)
        .value(value)
        .build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSet other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "RuleSet" + rules.stream().map(DistributionRule::id).toList();
  }
}
