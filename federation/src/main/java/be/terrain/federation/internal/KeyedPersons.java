package be.terrain.federation.internal;

import be.terrain.federation.FederationKey;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javax.crypto.Mac;

/**
 * Every person's keyed hash, computed once (one HMAC per person, on all cores) before the sketches
 * are fed from the person sets: {@code hashes[p]} for a person with a linkage code, and whether it
 * has one. Holds no code.
 */
public final class KeyedPersons {
  private static final int CHUNK = 4096;

  private final long[] hashes;
  private final boolean[] linked;

  private KeyedPersons(long[] hashes, boolean[] linked) {
    this.hashes = hashes;
    this.linked = linked;
  }

  /**
   * Hashes the persons' codes.
   *
   * @param persons the number of persons
   * @param codes a person's linkage code as UTF-8 bytes, or null when it has none
   */
  public static KeyedPersons of(FederationKey key, int persons, IntFunction<byte[]> codes) {
    long[] hashes = new long[persons];
    boolean[] linked = new boolean[persons];
    int chunks = (persons + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              Mac mac = key.newMac();
              int to = Math.min(persons, (c + 1) * CHUNK);
              for (int p = c * CHUNK; p < to; p++) {
                byte[] code = codes.apply(p);
                if (code != null && code.length > 0) {
                  hashes[p] = FederationKey.hash(mac, code);
                  linked[p] = true;
                }
              }
            });
    return new KeyedPersons(hashes, linked);
  }

  /** Whether the person has a linkage code. */
  public boolean linked(int person) {
    return linked[person];
  }

  /** The person's keyed hash (meaningful when linked). */
  public long hash(int person) {
    return hashes[person];
  }
}
