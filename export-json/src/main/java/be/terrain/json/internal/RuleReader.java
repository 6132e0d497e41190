package be.terrain.json.internal;

import be.terrain.core.CodeList;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.Quota;
import be.terrain.core.rules.QuotaPeriod;
import be.terrain.core.rules.RuleInvariants;
import be.terrain.json.internal.JsonTree.Arr;
import be.terrain.json.internal.JsonTree.Int;
import be.terrain.json.internal.JsonTree.Node;
import be.terrain.json.internal.JsonTree.Obj;
import be.terrain.json.internal.JsonTree.Str;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads one rule of {@code rules.json}: its members' JSON types, then the rule's invariants ({@link
 * RuleInvariants}) and its codes and antennas, each broken one a problem on its member. A rule is
 * built only when it has no problem.
 */
final class RuleReader {
  private static final List<String> RULE_MEMBERS =
      List.of(
          "id",
          "item",
          "unit_value_cents",
          "quota",
          "budget_cents",
          "valid_from",
          "valid_to",
          "eligible_roles",
          "antennas");
  private static final List<String> QUOTA_MEMBERS = List.of("units", "per");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final BigInteger MIN_UNIT_VALUE =
      BigInteger.valueOf(RuleInvariants.MIN_UNIT_VALUE_CENTS);
  private static final BigInteger MAX_UNIT_VALUE =
      BigInteger.valueOf(RuleInvariants.MAX_UNIT_VALUE_CENTS);
  private static final BigInteger MIN_BUDGET = BigInteger.valueOf(RuleInvariants.MIN_BUDGET_CENTS);
  private static final BigInteger MAX_BUDGET = BigInteger.valueOf(Long.MAX_VALUE);

  private final RuleProblems problems;
  private final CodeList items;
  private final CodeList roles;
  private final Set<String> antennas;

  /**
   * @param antennas the ids of the antennas that exist, or null not to check them
   */
  RuleReader(RuleProblems problems, CodeList items, CodeList roles, Set<String> antennas) {
    this.problems = problems;
    this.items = items;
    this.roles = roles;
    this.antennas = antennas;
  }

  /**
   * A rule, or null when it has problems (reported).
   *
   * @param ids the ids of the rules read before, each with its node; the rule's is added
   */
  DistributionRule rule(Node node, Map<String, Node> ids) {
    if (!(node instanceof Obj o)) {
      problems.add(ProblemCodes.WRONG_TYPE, node, null, null, JsonTree.text(node), "an object");
      return null;
    }
    int before = problems.size();
    Node idNode = JsonTree.member(o, "id");
    String id = idNode instanceof Str s ? s.value() : null;
    problems.unknownAndDuplicates(o, RULE_MEMBERS, id, null);

    if (idNode == null) {
      problems.missing(o, "id", id, "id");
    } else if (!(idNode instanceof Str)) {
      problems.add(ProblemCodes.WRONG_TYPE, idNode, id, "id", JsonTree.text(idNode), "a string");
    } else if (!RuleInvariants.isValidId(id)) {
      problems.add(ProblemCodes.INVALID_ID, idNode, id, "id", id);
    } else if (ids.containsKey(id)) {
      problems.add(ProblemCodes.RULE_DUPLICATE_ID, idNode, id, "id", id);
    } else {
      ids.put(id, idNode);
    }

    String item = requiredString(o, "item", id);
    if (item != null && !(RuleInvariants.isValidName(item) && items.contains(item))) {
      problems.add(ProblemCodes.RULE_UNKNOWN_ITEM, JsonTree.member(o, "item"), id, "item", item);
    }

    Long unitValue =
        integer(
            o,
            "unit_value_cents",
            id,
            RuleInvariants::isValidUnitValue,
            MIN_UNIT_VALUE,
            MAX_UNIT_VALUE);
    Quota quota = quota(o, id);
    Long budget =
        integer(o, "budget_cents", id, RuleInvariants::isValidBudget, MIN_BUDGET, MAX_BUDGET);
    Node budgetNode = JsonTree.member(o, "budget_cents");
    boolean hasUnitValue = JsonTree.member(o, "unit_value_cents") != null;
    if (!RuleInvariants.hasUnitValueForBudget(budgetNode != null, hasUnitValue)) {
      problems.add(
          ProblemCodes.RULE_BUDGET_WITHOUT_UNIT_VALUE,
          budgetNode,
          id,
          "budget_cents",
          JsonTree.text(budgetNode));
    }

    LocalDate from = date(o, "valid_from", id);
    LocalDate to = date(o, "valid_to", id);
    if (from != null && to != null && !RuleInvariants.isValidPeriod(from, to)) {
      problems.add(
          ProblemCodes.RULE_VALID_TO_BEFORE_FROM,
          JsonTree.member(o, "valid_to"),
          id,
          "valid_to",
          to.toString(),
          from.toString());
    }

    List<String> eligible =
        list(o, "eligible_roles", id, roles::contains, ProblemCodes.RULE_UNKNOWN_ROLE);
    List<String> where =
        list(
            o,
            "antennas",
            id,
            a -> antennas == null || antennas.contains(a),
            ProblemCodes.RULE_UNKNOWN_ANTENNA);

    if (problems.size() > before) {
      return null;
    }
    DistributionRule.Builder b = DistributionRule.builder(id, item, from, to);
    if (unitValue != null) {
      b.unitValueCents(unitValue.intValue());
    }
    if (quota != null) {
      b.quota(quota);
    }
    if (budget != null) {
      b.budgetCents(budget);
    }
    if (eligible != null) {
      b.eligibleRoles(eligible);
    }
    if (where != null) {
      b.antennas(where);
    }
    return b.build();
  }

  /** The quota, null when absent or broken (problems reported). */
  private Quota quota(Obj rule, String id) {
    Node n = JsonTree.member(rule, "quota");
    if (n == null) {
      return null;
    }
    if (!(n instanceof Obj q)) {
      problems.add(
          ProblemCodes.WRONG_TYPE,
          n,
          id,
          "quota",
          JsonTree.text(n),
          "an object {\"units\": 2, \"per\": \"ISO_WEEK\"}");
      return null;
    }
    problems.unknownAndDuplicates(q, QUOTA_MEMBERS, id, "quota");
    Integer units = null;
    Node u = JsonTree.member(q, "units");
    if (u == null) {
      problems.missing(q, "units", id, "quota");
    } else if (!(u instanceof Int i)) {
      problems.add(ProblemCodes.WRONG_TYPE, u, id, "quota", JsonTree.text(u), "an integer");
    } else if (tooFewUnits(i.value())) {
      problems.add(ProblemCodes.RULE_QUOTA_UNITS, u, id, "quota", i.value().toString());
    } else if (i.value().bitLength() > 31) {
      problems.add(
          ProblemCodes.OUT_OF_RANGE, u, id, "quota", i.value().toString(), 1, Integer.MAX_VALUE);
    } else {
      units = i.value().intValue();
    }
    QuotaPeriod per = null;
    Node pn = JsonTree.member(q, "per");
    if (pn == null) {
      problems.missing(q, "per", id, "quota");
    } else if (!(pn instanceof Str s)) {
      problems.add(ProblemCodes.WRONG_TYPE, pn, id, "quota", JsonTree.text(pn), "a string");
    } else {
      for (QuotaPeriod k : QuotaPeriod.values()) {
        if (k.name().equals(s.value())) {
          per = k;
        }
      }
      if (per == null) {
        problems.add(ProblemCodes.RULE_QUOTA_PERIOD, pn, id, "quota", s.value());
      }
    }
    return units != null && per != null ? new Quota(units, per) : null;
  }

  private String requiredString(Obj o, String name, String id) {
    Node n = JsonTree.member(o, name);
    if (n == null) {
      problems.missing(o, name, id, name);
      return null;
    }
    if (!(n instanceof Str s)) {
      problems.add(ProblemCodes.WRONG_TYPE, n, id, name, JsonTree.text(n), "a string");
      return null;
    }
    return s.value();
  }

  /** Whether quota units are too few ({@link RuleInvariants#isValidQuotaUnits}), however large. */
  private static boolean tooFewUnits(BigInteger units) {
    return units.bitLength() > 63
        ? units.signum() < 0
        : !RuleInvariants.isValidQuotaUnits(units.longValue());
  }

  /**
   * An integer member, null when absent or broken (problems reported).
   *
   * @param valid the member's invariant
   * @param min the lowest valid value, as the problem shows it
   * @param max the highest valid value, as the problem shows it
   */
  private Long integer(
      Obj o, String name, String id, LongPredicate valid, BigInteger min, BigInteger max) {
    Node n = JsonTree.member(o, name);
    if (n == null) {
      return null;
    }
    if (!(n instanceof Int i)) {
      problems.add(ProblemCodes.WRONG_TYPE, n, id, name, JsonTree.text(n), "an integer");
      return null;
    }
    if (i.value().bitLength() > 63 || !valid.test(i.value().longValue())) {
      problems.add(ProblemCodes.OUT_OF_RANGE, n, id, name, i.value().toString(), min, max);
      return null;
    }
    return i.value().longValueExact();
  }

  private LocalDate date(Obj o, String name, String id) {
    String s = requiredString(o, name, id);
    if (s == null) {
      return null;
    }
    if (DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    problems.add(ProblemCodes.INVALID_DATE, JsonTree.member(o, name), id, name, s);
    return null;
  }

  /**
   * A list of distinct names ({@link RuleInvariants#isValidName}) that exist, null when absent or
   * broken (problems reported: a blank or unknown name is {@code unknown}).
   */
  private List<String> list(
      Obj o, String name, String id, Predicate<String> known, ProblemCode unknown) {
    Node n = JsonTree.member(o, name);
    if (n == null) {
      return null;
    }
    if (!(n instanceof Arr a)) {
      problems.add(ProblemCodes.WRONG_TYPE, n, id, name, JsonTree.text(n), "an array of strings");
      return null;
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (Node e : a.items()) {
      if (!(e instanceof Str s)) {
        problems.add(ProblemCodes.WRONG_TYPE, e, id, name, JsonTree.text(e), "a string");
        ok = false;
      } else if (!seen.add(s.value())) {
        problems.add(ProblemCodes.RULE_LISTED_TWICE, e, id, name, s.value());
        ok = false;
      } else if (!(RuleInvariants.isValidName(s.value()) && known.test(s.value()))) {
        problems.add(unknown, e, id, name, s.value());
        ok = false;
      } else {
        out.add(s.value());
      }
    }
    return ok ? out : null;
  }
}
