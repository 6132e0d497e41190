package be.terrain.stats.quality;

import static java.util.Objects.requireNonNull;

import be.terrain.stats.Scope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One figure of the data-quality report: in a scope, over a population, how many of {@code n} have
 * an attribute unknown, in the period and in the previous one. The kinds of entries are listed in
 * {@code docs/quality.md}: person attributes ({@code sex}, {@code birth_year}, {@code nationality},
 * {@code first_contact}, each profile attribute as of the period's end) over the psychosocial and
 * health populations, {@code profile} (no profile row at all), {@code profile_date} (latest profile
 * row older than 12 months at the period's end), {@code coverage} of the medical consultations (no
 * coverage of their own) and {@code person_id} of the contacts (anonymous contacts, weighted by
 * their count).
 *
 * @param scope the scope
 * @param population {@code psychosocial}, {@code health}, {@code consultations} or {@code contacts}
 * @param attribute the attribute, named as the exchange format's column
 * @param n the population's size in the period (persons, consultations or contacts)
 * @param unknown how many of them have the attribute unknown
 * @param previousN the population's size in the previous period
 * @param previousUnknown how many had it unknown in the previous period
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record QualityEntry(
    Scope scope,
    String population,
    String attribute,
    long n,
    long unknown,
    long previousN,
    long previousUnknown) {

  /**
   * Checks the counts.
   *
   * @param scope the scope
   * @param population {@code psychosocial}, {@code health}, {@code consultations} or {@code
   *     contacts}
   * @param attribute the attribute, named as the exchange format's column
   * @param n the population's size in the period (persons, consultations or contacts)
   * @param unknown how many of them have the attribute unknown
   * @param previousN the population's size in the previous period
   * @param previousUnknown how many had it unknown in the previous period
   * @throws IllegalArgumentException when a count is negative or an unknown count exceeds its n
   */
  public QualityEntry {
    requireNonNull(scope, "scope");
    requireNonNull(population, "population");
    requireNonNull(attribute, "attribute");
    if (n < 0 || unknown < 0 || unknown > n || previousN < 0 || previousUnknown < 0) {
      throw new IllegalArgumentException("bad counts for " + attribute + " in " + scope);
    }
    if (previousUnknown > previousN) {
      throw new IllegalArgumentException("bad previous counts for " + attribute + " in " + scope);
    }
  }

  /** {@return the share unknown, {@code 100 * unknown / n} rounded half up; empty when n is 0} */
  public OptionalInt percent() {
    return share(unknown, n);
  }

  /** {@return the share unknown in the previous period; empty when its n is 0} */
  public OptionalInt previousPercent() {
    return share(previousUnknown, previousN);
  }

  /**
   * {@return the change of the share unknown, in percentage points with one decimal, computed from
   * the exact shares and rounded half away from zero; positive when it got worse} Empty when either
   * n is 0.
   */
  public Optional<BigDecimal> changePoints() {
    if (n == 0 || previousN == 0) {
      return Optional.empty();
    }
    BigDecimal now =
        BigDecimal.valueOf(100 * unknown).divide(BigDecimal.valueOf(n), 12, RoundingMode.HALF_UP);
    BigDecimal before =
        BigDecimal.valueOf(100 * previousUnknown)
            .divide(BigDecimal.valueOf(previousN), 12, RoundingMode.HALF_UP);
    BigDecimal c = now.subtract(before).setScale(1, RoundingMode.HALF_UP);
    return Optional.of(c.signum() == 0 ? BigDecimal.ZERO.setScale(1) : c);
  }

  private static OptionalInt share(long part, long whole) {
    if (whole == 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) ((200 * part + whole) / (2 * whole)));
  }
}
