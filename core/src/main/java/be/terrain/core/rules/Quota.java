package be.terrain.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * How many units of an item one person may receive per period, e.g. 2 per {@link
 * QuotaPeriod#ISO_WEEK}. Immutable.
 *
 * @param units the units allowed per person and period, at least 1
 * @param per the period counted over
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Quota(int units, QuotaPeriod per) {
  /**
   * Validates the quota.
   *
   * @param units the units allowed per person and period, at least 1
   * @param per the period counted over
   * @throws IllegalArgumentException if {@code units} is less than 1
   * @throws NullPointerException if {@code per} is null
   */
  public Quota {
    checkArgument(
        RuleInvariants.isValidQuotaUnits(units), "quota units must be at least 1: %s", units);
    requireNonNull(per, "per");
  }

  /**
   * {@return a quota of {@code units} per period}
   *
   * @param units the units allowed per person and period, at least 1
   * @param per the period counted over
   */
  public static Quota of(int units, QuotaPeriod per) {
    return new Quota(units, per);
  }
}
