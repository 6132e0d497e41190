package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * One row of a federation report's table.
 *
 * @param code the code
 * @param count the sum, the member's count, or the estimate of distinct persons; empty when
 *     suppressed or, for distinct persons across members, without linkage
 * @param percent {@code 100 * count / n}; empty where count or n is empty or n is 0
 * @param suppressed whether small-count protection hid the row
 * @param bounds {@code [max, sum]} of the members' counts (PERSONS at PROVINCE and FEDERATION
 *     scopes); empty elsewhere and when suppressed
 * @param interval the estimate's interval at two standard deviations (same tables, with linkage);
 *     empty elsewhere, without linkage and when suppressed
 * @param history the previous periods' sums, most recent first (an element empty when suppressed)
 * @param changePercent the change against the first history count, one decimal
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FederationRow(
    String code,
    OptionalLong count,
    OptionalInt percent,
    boolean suppressed,
    Optional<Bounds> bounds,
    Optional<Bounds> interval,
    List<OptionalLong> history,
    Optional<BigDecimal> changePercent) {
  /**
   * Refuses nulls and copies the history.
   *
   * @param code the code
   * @param count the sum, the member's count, or the estimate of distinct persons; empty when
   *     suppressed or, for distinct persons across members, without linkage
   * @param percent {@code 100 * count / n}; empty where count or n is empty or n is 0
   * @param suppressed whether small-count protection hid the row
   * @param bounds {@code [max, sum]} of the members' counts (PERSONS at PROVINCE and FEDERATION
   *     scopes); empty elsewhere and when suppressed
   * @param interval the estimate's interval at two standard deviations (same tables, with linkage);
   *     empty elsewhere, without linkage and when suppressed
   * @param history the previous periods' sums, most recent first (an element empty when suppressed)
   * @param changePercent the change against the first history count, one decimal
   */
  public FederationRow {
    requireNonNull(code, "code");
    requireNonNull(count, "count");
    requireNonNull(percent, "percent");
    requireNonNull(bounds, "bounds");
    requireNonNull(interval, "interval");
    history = List.copyOf(history);
    requireNonNull(changePercent, "changePercent");
  }
}
