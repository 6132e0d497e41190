package be.terrain.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * One row of a report table: a code and what the table's measure counts for it.
 *
 * @param code the code
 * @param label the code's label, when the report was asked for labels
 * @param count the count; empty when suppressed
 * @param percent {@code 100 * count / n} rounded as the report says; empty when {@code n} is 0 or
 *     the row is suppressed
 * @param suppressed whether small-count protection hid the count
 * @param history the counts of the previous periods, most recent first (as many as the table's
 *     history; an element is empty when suppressed)
 * @param changePercent {@code 100 * (count - previous) / previous} against the first history count,
 *     with one decimal (scale 1); empty when the table has no history, the previous count is 0, or
 *     either count is suppressed
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportRow(
    String code,
    Optional<String> label,
    OptionalLong count,
    OptionalInt percent,
    boolean suppressed,
    List<OptionalLong> history,
    Optional<BigDecimal> changePercent) {

  /**
   * Checks the row.
   *
   * @param code the code
   * @param label the code's label, when the report was asked for labels
   * @param count the count; empty when suppressed
   * @param percent {@code 100 * count / n} rounded as the report says; empty when {@code n} is 0 or
   *     the row is suppressed
   * @param suppressed whether small-count protection hid the count
   * @param history the counts of the previous periods, most recent first (as many as the table's
   *     history; an element is empty when suppressed)
   * @param changePercent {@code 100 * (count - previous) / previous} against the first history
   *     count, with one decimal (scale 1); empty when the table has no history, the previous count
   *     is 0, or either count is suppressed
   * @throws IllegalArgumentException when a suppressed row has a count or percent, or the change
   *     does not have one decimal
   */
  public ReportRow {
    requireNonNull(code, "code");
    requireNonNull(label, "label");
    requireNonNull(count, "count");
    requireNonNull(percent, "percent");
    history = List.copyOf(history);
    requireNonNull(changePercent, "changePercent");
    if (suppressed && (count.isPresent() || percent.isPresent())) {
      throw new IllegalArgumentException(
          "suppressed row " + code + " cannot carry a count or percent");
    }
    if (changePercent.isPresent() && changePercent.get().scale() != 1) {
      throw new IllegalArgumentException(
          "change percent of row " + code + " must have one decimal: " + changePercent.get());
    }
  }
}
