package be.terrain.stats;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Language;
import be.terrain.core.Period;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * How to compute a report: the period, the rounding, an optional small-count threshold and an
 * optional language for row labels. Start from {@link #of(Period)}.
 *
 * @param period the period reported on; history periods are {@link Period#previous(int)}
 * @param rounding how percents are rounded
 * @param suppressBelow the threshold k of small-count protection: counts from 1 to k-1 are
 *     suppressed; empty for none
 * @param language the language of row labels; empty for no labels
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportOptions(
    Period period, Rounding rounding, OptionalInt suppressBelow, Optional<Language> language) {

  /**
   * Checks the options.
   *
   * @param period the period reported on; history periods are {@link Period#previous(int)}
   * @param rounding how percents are rounded
   * @param suppressBelow the threshold k of small-count protection: counts from 1 to k-1 are
   *     suppressed; empty for none
   * @param language the language of row labels; empty for no labels
   * @throws IllegalArgumentException when the threshold is less than 1
   */
  public ReportOptions {
    requireNonNull(period, "period");
    requireNonNull(rounding, "rounding");
    requireNonNull(suppressBelow, "suppressBelow");
    requireNonNull(language, "language");
    if (suppressBelow.isPresent() && suppressBelow.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "suppressBelow must be at least 1: " + suppressBelow.getAsInt());
    }
  }

  /**
   * Half-up percents, no suppression, no labels.
   *
   * @param period the period reported on; history periods are {@link Period#previous(int)}
   * @return the options for that period
   */
  public static ReportOptions of(Period period) {
    return new ReportOptions(period, Rounding.HALF_UP, OptionalInt.empty(), Optional.empty());
  }

  /**
   * {@return these options with another rounding}
   *
   * @param r the rounding of the percents
   */
  public ReportOptions withRounding(Rounding r) {
    return new ReportOptions(period, r, suppressBelow, language);
  }

  /**
   * {@return these options with small-count protection: counts from 1 to {@code k - 1} are
   * suppressed}
   *
   * @param k the suppression threshold, at least 1 (1 suppresses nothing)
   * @throws IllegalArgumentException when k is less than 1
   */
  public ReportOptions withSuppressBelow(int k) {
    return new ReportOptions(period, rounding, OptionalInt.of(k), language);
  }

  /**
   * {@return these options with row labels in a language}
   *
   * @param l the language of the row labels
   */
  public ReportOptions withLanguage(Language l) {
    return new ReportOptions(period, rounding, suppressBelow, Optional.of(l));
  }
}
