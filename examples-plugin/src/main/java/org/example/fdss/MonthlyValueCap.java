package org.example.fdss;

import be.terrain.core.Dataset;
import be.terrain.core.DistributionTable;
import be.terrain.core.spi.DistributionRuleKind;
import be.terrain.core.spi.RuleKindViolation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of distribution rule: at most a value per person and calendar month, all items together
 * (quantity times unit value; rows without a unit value count nothing). The act that takes a
 * person's month over the cap, and every later act of that month, is a violation. Anonymous acts
 * are in no person's month.
 */
public final class MonthlyValueCap implements DistributionRuleKind {
  private final long capCents;

  /**
   * A cap.
   *
   * @param capCents the most a person may receive in a month, in cents
   * @throws IllegalArgumentException when it is negative
   */
  public MonthlyValueCap(long capCents) {
    if (capCents < 0) {
      throw new IllegalArgumentException("cap must not be negative: " + capCents);
    }
    this.capCents = capCents;
  }

  @Override
  public String id() {
    return "fdss.monthly-value-cap";
  }

  @Override
  public String description() {
    return "at most " + capCents + " cents of goods per person and calendar month";
  }

  @Override
  public List<RuleKindViolation> check(Dataset dataset, LocalDate asOf) {
    DistributionTable rows = dataset.distributions();
    int acts = rows.actCount();
    long[] value = new long[acts];
    int[] firstRow = new int[acts];
    Arrays.fill(firstRow, -1);
    for (int r = 0; r < rows.size(); r++) {
      int act = rows.act(r);
      if (act < 0 || rows.epochDay(r) > asOf.toEpochDay()) {
        continue;
      }
      if (firstRow[act] < 0) {
        firstRow[act] = r;
      }
      int unit = rows.unitValueCents(r);
      if (unit > 0 && rows.quantity(r) > 0) {
        value[act] += (long) unit * rows.quantity(r);
      }
    }
    Integer[] order = new Integer[acts];
    for (int a = 0; a < acts; a++) {
      order[a] = a;
    }
    // date order, then act id: the order the ledger is read in
    Arrays.sort(
        order,
        (x, y) ->
            firstRow[x] < 0 || firstRow[y] < 0
                ? Integer.compare(firstRow[x], firstRow[y])
                : rows.epochDay(firstRow[x]) != rows.epochDay(firstRow[y])
                    ? Integer.compare(rows.epochDay(firstRow[x]), rows.epochDay(firstRow[y]))
                    : rows.compareActIds(x, y));
    Map<Long, Long> spent = new HashMap<>();
    List<RuleKindViolation> out = new ArrayList<>();
    for (int a : order) {
      int r = firstRow[a];
      if (r < 0 || rows.person(r) < 0) {
        continue;
      }
      LocalDate date = LocalDate.ofEpochDay(rows.epochDay(r));
      YearMonth month = YearMonth.from(date);
      long key = (long) rows.person(r) << 20 | (month.getYear() * 12L + month.getMonthValue() - 1);
      long total = spent.merge(key, value[a], Long::sum);
      if (total > capCents && value[a] > 0) {
        out.add(
            new RuleKindViolation(
                id(),
                rows.actId(a),
                Optional.of(dataset.persons().id(rows.person(r))),
                date,
                Optional.of(month.toString()),
                total + " cents handed out in " + month + ", cap " + capCents));
      }
    }
    return out;
  }
}
