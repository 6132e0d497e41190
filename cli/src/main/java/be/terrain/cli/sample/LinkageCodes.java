package be.terrain.cli.sample;

/**
 * How a sample gives its persons linkage codes (the optional {@code linkage_code} of {@code
 * docs/spec/federation.md}), so that samples generated with different seeds — the members of a
 * federation — share persons.
 *
 * <p>A shared <em>population</em> of {@code population} identities is fixed by {@code
 * populationSeed}; identity {@code i} always has the same code, {@code lc-} and 16 hexadecimal
 * digits derived from the population seed and {@code i}. Each sample (each generator seed) maps its
 * persons one to one onto a subset of the population by {@code identity(p) = (a * p + b) mod
 * population}, with {@code a} (coprime to the population) and {@code b} drawn from the generator's
 * seed: two members of {@code n1} and {@code n2} persons share about {@code n1 * n2 / population}
 * persons, and none when the population is far larger. With {@code unlinkedPercent}, about that
 * share of persons (chosen by the generator's seed) have no code. Codes are drawn apart from every
 * other random stream: the other rows are the same with or without codes.
 *
 * <p>For the persons of one sample to have distinct codes, the population must be at least its
 * scale's number of persons (beyond it, identities repeat: the same person recorded twice).
 *
 * @param populationSeed the seed of the shared population: members that share it share persons
 * @param population the number of identities, at least 1
 * @param unlinkedPercent the share of persons without a code, 0 to 100
 */
public record LinkageCodes(long populationSeed, int population, int unlinkedPercent) {

  /**
   * Checks the ranges.
   *
   * @param populationSeed the seed of the shared population: members that share it share persons
   * @param population the number of identities, at least 1
   * @param unlinkedPercent the share of persons without a code, 0 to 100
   * @throws IllegalArgumentException when the population is not positive or the percentage not
   *     within 0 to 100
   */
  public LinkageCodes {
    if (population < 1) {
      throw new IllegalArgumentException("population must be at least 1: " + population);
    }
    if (unlinkedPercent < 0 || unlinkedPercent > 100) {
      throw new IllegalArgumentException("unlinkedPercent must be 0 to 100: " + unlinkedPercent);
    }
  }

  /**
   * Every person linked, identities drawn from a population of that size and seed.
   *
   * @param populationSeed the seed of the shared population: members that share it share persons
   * @param population the number of identities, at least 1
   * @return codes for every person
   */
  public static LinkageCodes shared(long populationSeed, int population) {
    return new LinkageCodes(populationSeed, population, 0);
  }

  /**
   * A copy where about that percentage of persons have no code.
   *
   * @param percent the share of persons without a code, 0 to 100
   * @return the same population with that share unlinked
   */
  public LinkageCodes withUnlinkedPercent(int percent) {
    return new LinkageCodes(populationSeed, population, percent);
  }

  /**
   * The code of an identity of the population: the same for every generator seed.
   *
   * @param identity the identity's index in the population, from 0
   * @return its code, {@code lc-} and 16 hexadecimal digits
   */
  public String code(int identity) {
    return "lc-" + String.format("%016x", mix(populationSeed ^ mix(identity + 1L)));
  }

  /** The codes of one sample's persons: for the generator's seed. */
  Assigner forSeed(long generatorSeed) {
    return new Assigner(generatorSeed);
  }

  /** Assigns codes to the persons of the sample of one seed. */
  final class Assigner {
    private final long seed;
    private final long a;
    private final long b;

    private Assigner(long generatorSeed) {
      this.seed = mix(generatorSeed ^ 0x6C696E6B61676521L);
      long n = population;
      long step = 1 + Math.floorMod(mix(seed + 1), Math.max(1, n - 1));
      while (gcd(step, n) != 1) {
        step++;
      }
      this.a = step % n;
      this.b = Math.floorMod(mix(seed + 2), n);
    }

    /** The identity of a sample's person (0-based), in the population. */
    int identity(int person) {
      return (int) Math.floorMod(a * person + b, (long) population);
    }

    /** The person's code, or null when the person is unlinked. */
    String code(int person) {
      if (unlinkedPercent > 0
          && Math.floorMod(mix(seed + 3 + person * 0x9E3779B97F4A7C15L), 100) < unlinkedPercent) {
        return null;
      }
      return LinkageCodes.this.code(identity(person));
    }
  }

  private static long gcd(long x, long y) {
    return y == 0 ? x : gcd(y, x % y);
  }

  /** SplitMix64's finaliser: a well-spread 64-bit hash of a long. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
