package be.terrain.core.rules.internal;

import be.terrain.core.CodeList;
import be.terrain.core.Dataset;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.QuotaPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * A rule turned into primitives for one dataset: the item as its code index, dates as epoch days,
 * eligible roles and antennas as lookup tables indexed by code and antenna index.
 */
public final class CompiledRule {
  /** The earliest epoch day a dataset row can have (lower values are sentinels). */
  public static final int MIN_DAY = Integer.MIN_VALUE + 2;

  /** The rule. */
  public final DistributionRule rule;

  /** The item's index in the item list, -1 when the list lacks it (no row then applies). */
  public final int item;

  /** {@code valid_from} as an epoch day. */
  public final int from;

  /** {@code valid_to} as an epoch day. */
  public final int to;

  /** Eligible roles by role index, null when any role is. */
  public final boolean[] roles;

  /** Allowed antennas by antenna index, null when any antenna is. */
  public final boolean[] antennas;

  /** Quota units, 0 without quota. */
  public final int quotaUnits;

  /** Quota period, null without quota. */
  public final QuotaPeriod per;

  /** Budget in cents, -1 without budget. */
  public final long budget;

  /** The rule's unit value in cents, -1 when it gives none. */
  public final int unitValue;

  private CompiledRule(DistributionRule rule, Dataset dataset) {
    this.rule = rule;
    CodeList items = dataset.codes().list("item");
    this.item = items.indexOf(rule.item());
    this.from = clamp(rule.validFrom());
    this.to = clamp(rule.validTo());
    this.roles =
        rule.eligibleRoles()
            .map(
                set -> {
                  CodeList list = dataset.codes().list("role");
                  boolean[] ok = new boolean[list.size()];
                  for (String code : set) {
                    int i = list.indexOf(code);
                    if (i >= 0) {
                      ok[i] = true;
                    }
                  }
                  return ok;
                })
            .orElse(null);
    this.antennas =
        rule.antennas()
            .map(
                set -> {
                  List<be.terrain.core.Antenna> as = dataset.antennas();
                  boolean[] ok = new boolean[as.size()];
                  for (int i = 0; i < as.size(); i++) {
                    ok[i] = set.contains(as.get(i).id());
                  }
                  return ok;
                })
            .orElse(null);
    this.quotaUnits = rule.quota().map(q -> q.units()).orElse(0);
    this.per = rule.quota().map(q -> q.per()).orElse(null);
    this.budget = rule.budgetCents().orElse(-1);
    this.unitValue = rule.unitValueCents().orElse(-1);
  }

  /** Compiles a rule for a dataset. */
  public static CompiledRule of(DistributionRule rule, Dataset dataset) {
    return new CompiledRule(rule, dataset);
  }

  /** A date as an epoch day within the range dataset rows can have. */
  public static int clamp(LocalDate date) {
    long d = date.toEpochDay();
    return (int) Math.max(MIN_DAY, Math.min(Integer.MAX_VALUE, d));
  }

  /** What a row is charged: quantity × (its own unit value, else the rule's, else 0). */
  public long charge(int quantity, int ownUnitValue) {
    int v = ownUnitValue >= 0 ? ownUnitValue : unitValue >= 0 ? unitValue : 0;
    return (long) quantity * v;
  }

  /** Whether the person (a role index, -1 unknown) is eligible. */
  public boolean eligible(int role) {
    return roles == null || (role >= 0 && role < roles.length && roles[role]);
  }

  /** Whether the antenna (an index, negative when unresolved) may hand the item out. */
  public boolean antennaAllowed(int antenna) {
    return antennas == null || (antenna >= 0 && antenna < antennas.length && antennas[antenna]);
  }
}
