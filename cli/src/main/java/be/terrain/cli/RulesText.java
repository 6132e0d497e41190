package be.terrain.cli;

import be.terrain.core.Problem;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.Plan;
import be.terrain.core.rules.Quota;
import be.terrain.core.rules.RuleKindResults;
import be.terrain.core.rules.RuleResult;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.rules.Violation;
import be.terrain.core.rules.ViolationKind;
import be.terrain.core.spi.DistributionRuleKind;
import be.terrain.core.spi.RuleKindViolation;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * A rules check as text for a terminal: for each rule what was handed out and spent, the plan (the
 * day the budget runs out at the pace so far, the person-periods it still pays for) and the
 * violations in ledger order. Amounts in euros.
 */
final class RulesText {
  private RulesText() {}

  /**
   * Writes the check.
   *
   * @param rules the rules checked (for their item, validity and limits)
   * @param maxViolations how many violations to list per rule (the rest are counted)
   */
  static void write(RulesCheck check, RuleSet rules, int maxViolations, PrintWriter out) {
    boolean first = true;
    for (RuleResult r : check.rules()) {
      if (!first) {
        out.println();
      }
      first = false;
      Optional<DistributionRule> rule = rules.find(r.id());
      write(r, rule, maxViolations, out);
    }
    out.flush();
  }

  /**
   * The plugins' rule kinds checked: each kind's violations (at most {@code maxViolations} listed),
   * then the kinds that failed. Nothing when the check has no rule kinds.
   *
   * @param kinds the registered kinds (for their description)
   */
  static void writeKinds(
      RulesCheck check, List<DistributionRuleKind> kinds, int maxViolations, PrintWriter out) {
    if (check.ruleKinds().isEmpty()) {
      return;
    }
    RuleKindResults results = check.ruleKinds().get();
    boolean first = true;
    for (DistributionRuleKind kind : kinds) {
      if (!results.kinds().contains(kind.id())) {
        continue;
      }
      if (!first) {
        out.println();
      }
      first = false;
      out.println(
          "Rule kind "
              + kind.id()
              + " (a plugin's): "
              + kind.description()
              + ", as of "
              + check.asOf());
      List<RuleKindViolation> vs = results.violations(kind.id());
      if (vs.isEmpty()) {
        out.println("  no violation");
        continue;
      }
      out.println("  " + vs.size() + " " + plural(vs.size(), "violation"));
      TextTable list = new TextTable("    ", "lllll");
      list.row("date", "act", "person", "period", "what");
      vs.stream()
          .limit(maxViolations)
          .forEach(
              v ->
                  list.row(
                      v.date().toString(),
                      v.actId(),
                      v.personId().orElse("(anonymous)"),
                      v.period().orElse(""),
                      v.message()));
      list.write(out);
      if (vs.size() > maxViolations) {
        out.println("    … and " + (vs.size() - maxViolations) + " more");
      }
    }
    for (Problem p : results.problems()) {
      out.println(p.code().code() + " " + TerrainCli.oneLine(p.message()));
    }
    out.flush();
  }

  private static void write(
      RuleResult r, Optional<DistributionRule> rule, int max, PrintWriter out) {
    Plan plan = r.plan();
    StringBuilder head = new StringBuilder("Rule ").append(r.id());
    rule.ifPresent(
        d ->
            head.append(": ")
                .append(d.item())
                .append(" from ")
                .append(d.validFrom())
                .append(" to ")
                .append(d.validTo()));
    head.append(", as of ").append(plan.asOf());
    out.println(head);
    Optional<Quota> quota = rule.flatMap(DistributionRule::quota);
    TextTable t = new TextTable("  ", "ll");
    t.row(
        "handed out",
        r.units()
            + " "
            + plural(r.units(), "unit")
            + " to "
            + r.persons()
            + " "
            + plural(r.persons(), "person")
            + quota
                .map(q -> " (at most " + q.units() + " per person per " + period(q) + ")")
                .orElse(""));
    OptionalLong budget = rule.map(DistributionRule::budgetCents).orElse(OptionalLong.empty());
    if (budget.isPresent()) {
      t.row(
          "budget",
          euros(budget.getAsLong())
              + ": "
              + euros(r.spentCents())
              + " spent, "
              + euros(r.leftCents().orElse(0))
              + " left");
    } else {
      t.row("spent", euros(r.spentCents()) + " (no budget limit)");
    }
    t.row("plan", plan(r, quota));
    t.write(out);
    List<Violation> vs = r.violations();
    if (vs.isEmpty()) {
      out.println("  no violation");
      return;
    }
    out.println("  " + vs.size() + " " + plural(vs.size(), "violation") + ": " + byKind(vs));
    TextTable list = new TextTable("    ", "lllll");
    list.row("date", "act", "person", "period", "kind", "excess");
    vs.stream()
        .limit(max)
        .forEach(
            v ->
                list.row(
                    v.date().toString(),
                    v.actId(),
                    v.personId().orElse("(anonymous)"),
                    v.period().orElse(""),
                    v.kind().name(),
                    excess(v)));
    list.write(out);
    if (vs.size() > max) {
      out.println(
          "    … and "
              + (vs.size() - max)
              + " more (terrain rules ... --out rules-check.json lists them all)");
    }
  }

  private static String plan(RuleResult r, Optional<Quota> quota) {
    Plan plan = r.plan();
    if (r.leftCents().isEmpty()) {
      return "no budget to run out";
    }
    String when =
        plan.runsOutOn()
            .map(
                d ->
                    d.equals(plan.asOf()) && r.leftCents().getAsLong() == 0
                        ? "the budget is spent"
                        : "at the pace so far, the budget runs out on " + d)
            .orElse(
                r.spentCents() == 0
                    ? "nothing spent yet"
                    : "at the pace so far, the budget lasts to the end of the rule");
    if (plan.personPeriodsLeft().isPresent() && quota.isPresent()) {
      long left = plan.personPeriodsLeft().getAsLong();
      when +=
          "; what is left pays for "
              + left
              + " person-"
              + plural(left, period(quota.get()))
              + " at full quota";
    }
    return when;
  }

  private static String byKind(List<Violation> vs) {
    Map<ViolationKind, Integer> n = new EnumMap<>(ViolationKind.class);
    vs.forEach(v -> n.merge(v.kind(), 1, Integer::sum));
    StringJoiner j = new StringJoiner(", ");
    n.forEach((k, c) -> j.add(c + " " + k.name()));
    return j.toString();
  }

  private static String excess(Violation v) {
    if (v.excessUnits().isPresent()) {
      int u = v.excessUnits().getAsInt();
      return u + " " + plural(u, "unit") + " over";
    }
    if (v.excessCents().isPresent()) {
      return euros(v.excessCents().getAsLong()) + " over";
    }
    return "";
  }

  private static String period(Quota q) {
    return switch (q.per()) {
      case DAY -> "day";
      case ISO_WEEK -> "week";
      case MONTH -> "month";
      case YEAR -> "year";
    };
  }

  private static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }

  /** Cents as euros: {@code €18,430.00}. */
  static String euros(long cents) {
    String sign = cents < 0 ? "-" : "";
    long c = Math.abs(cents);
    return sign + "€" + String.format(java.util.Locale.ROOT, "%,d.%02d", c / 100, c % 100);
  }
}
