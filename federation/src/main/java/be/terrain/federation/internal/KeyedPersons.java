package be.terrain.federation.internal;

import be.terrain.federation.FederationKey;
import be.terrain.federation.KeyedHasher;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Every person's keyed hash, computed once (one HMAC per person, on all cores) before the sketches
 * are fed from the person sets, with its HLL coupon ({@link HllCoupons}): a person enters every
 * sketch of its rows without being hashed again. Holds no code.
 */
public final class KeyedPersons {
  private static final int CHUNK = 4096;

  private final long[] hashes;
  private final int[] coupons;

  private KeyedPersons(long[] hashes, int[] coupons) {
    this.hashes = hashes;
    this.coupons = coupons;
  }

  /**
   * Hashes the persons' codes.
   *
   * @param persons the number of persons
   * @param codes a person's linkage code as UTF-8 bytes, or null when it has none
   */
  public static KeyedPersons of(FederationKey key, int persons, IntFunction<byte[]> codes) {
    long[] hashes = new long[persons];
    int[] coupons = new int[persons];
    int chunks = (persons + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              KeyedHasher hasher = key.newHasher();
              int to = Math.min(persons, (c + 1) * CHUNK);
              for (int p = c * CHUNK; p < to; p++) {
                byte[] code = codes.apply(p);
                if (code != null && code.length > 0) {
                  hashes[p] = hasher.hash(code);
                  coupons[p] = HllCoupons.coupon(hashes[p]);
                }
              }
            });
    return new KeyedPersons(hashes, coupons);
  }

  /** Whether the person has a linkage code. */
  public boolean linked(int person) {
    return coupons[person] != 0;
  }

  /** The person's coupon ({@link HllCoupons#coupon}), 0 when the person has no linkage code. */
  int coupon(int person) {
    return coupons[person];
  }

  /** The person's keyed hash (meaningful when linked). */
  public long hash(int person) {
    return hashes[person];
  }
}
