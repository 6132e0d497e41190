package be.terrain.core.rules.internal;

import be.terrain.core.rules.Plan;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/** The plan arithmetic of {@code distribution-rules.md}, in integers only. */
public final class Plans {
  private Plans() {}

  /** The budget left (never below 0), or -1 without budget. */
  public static long left(CompiledRule rule, long spent) {
    return rule.budget < 0 ? -1 : Math.max(0, rule.budget - spent);
  }

  /**
   * The plan of a rule as of a date already capped at {@code valid_to}, after {@code spent} cents.
   */
  public static Plan plan(CompiledRule rule, LocalDate asOf, long spent) {
    LocalDate from = rule.rule.validFrom();
    long days = Math.max(0, asOf.toEpochDay() - from.toEpochDay() + 1);
    if (rule.budget < 0) {
      return new Plan(asOf, Optional.empty(), true, OptionalLong.empty(), days);
    }
    long left = left(rule, spent);
    OptionalLong personPeriods =
        rule.quotaUnits > 0 && rule.unitValue > 0
            ? OptionalLong.of(left / ((long) rule.quotaUnits * rule.unitValue))
            : OptionalLong.empty();
    if (spent <= 0) {
      return new Plan(asOf, Optional.empty(), true, personPeriods, days);
    }
    if (left == 0) {
      return new Plan(asOf, Optional.of(asOf), false, personPeriods, days);
    }
    // spent > 0 means some row is dated in [valid_from, asOf], so days >= 1
    long more = ceilMulDiv(left, days, spent);
    long toEnd = rule.rule.validTo().toEpochDay() - asOf.toEpochDay();
    if (more > toEnd) {
      return new Plan(asOf, Optional.empty(), true, personPeriods, days);
    }
    return new Plan(asOf, Optional.of(asOf.plusDays(more)), false, personPeriods, days);
  }

  /** ceil(a × b / c) for a, b ≥ 0 and c > 0, exact even when a × b overflows a long. */
  static long ceilMulDiv(long a, long b, long c) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if (hi == 0 && lo >= 0) {
      return lo / c + (lo % c == 0 ? 0 : 1);
    }
    BigInteger[] qr =
        BigInteger.valueOf(a)
            .multiply(BigInteger.valueOf(b))
            .divideAndRemainder(BigInteger.valueOf(c));
    BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    return q.bitLength() <= 63 ? q.longValue() : Long.MAX_VALUE;
  }
}
