package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.stats.Rounding;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * How to merge: the rounding of percents, an optional small-count threshold, whether to merge the
 * members' sketches (linkage) and the definitions the contributions may name (for which tables'
 * rows add up to n). Start from {@link #of()}.
 *
 * @param rounding how percents are rounded (PERSONS across members always half-up)
 * @param suppressBelow the threshold k: counts from 1 to k-1 are suppressed; empty for none
 * @param linkage whether to merge sketches; off drops every sketch and accepts mixed contributions
 * @param known the definitions contributions may name
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FederationOptions(
    Rounding rounding, OptionalInt suppressBelow, boolean linkage, KnownDefinitions known) {
  /**
   * Checks the options.
   *
   * @param rounding how percents are rounded (PERSONS across members always half-up)
   * @param suppressBelow the threshold k: counts from 1 to k-1 are suppressed; empty for none
   * @param linkage whether to merge sketches; off drops every sketch and accepts mixed
   *     contributions
   * @param known the definitions contributions may name
   * @throws IllegalArgumentException when the threshold is less than 1
   */
  public FederationOptions {
    requireNonNull(rounding, "rounding");
    requireNonNull(suppressBelow, "suppressBelow");
    requireNonNull(known, "known");
    if (suppressBelow.isPresent() && suppressBelow.getAsInt() < 1) {
      throw new IllegalArgumentException("suppressBelow must be at least 1");
    }
  }

  /** {@return the default options: half-up, no suppression, linkage on, the standard definition} */
  public static FederationOptions of() {
    return new FederationOptions(
        Rounding.HALF_UP, OptionalInt.empty(), true, KnownDefinitions.standard());
  }

  /**
   * These options with another rounding.
   *
   * @param r the rounding of the report's percents
   * @return new options; these are unchanged
   */
  public FederationOptions withRounding(Rounding r) {
    return new FederationOptions(r, suppressBelow, linkage, known);
  }

  /**
   * These options with small-count protection under k.
   *
   * @param k the threshold: counts from 1 to k-1 are suppressed
   * @return new options; these are unchanged
   */
  public FederationOptions withSuppressBelow(int k) {
    return new FederationOptions(rounding, OptionalInt.of(k), linkage, known);
  }

  /**
   * These options with linkage on or off.
   *
   * @param on whether persons are counted once across members, from the sketches
   * @return new options; these are unchanged
   */
  public FederationOptions withLinkage(boolean on) {
    return new FederationOptions(rounding, suppressBelow, on, known);
  }

  /**
   * These options with other known definitions.
   *
   * @param k the report definitions contributions may name
   * @return new options; these are unchanged
   */
  public FederationOptions withKnown(KnownDefinitions k) {
    return new FederationOptions(rounding, suppressBelow, linkage, k);
  }
}
