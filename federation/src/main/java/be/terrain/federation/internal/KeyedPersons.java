package be.terrain.federation.internal;

import be.terrain.federation.FederationKey;
import be.terrain.federation.KeyedHasher;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Every person's keyed hash, computed once (one HMAC per person) with its HLL coupon ({@link
 * HllCoupons}): a person enters every sketch of its rows without being hashed again. The hashing
 * starts on a background thread while the engine computes the report ({@link #start}), in chunks
 * that any thread may claim: the first thread that needs the hashes ({@link #await}) hashes the
 * chunks left, so no core waits idle. Holds no code.
 */
public final class KeyedPersons {
  private static final int CHUNK = 4096;

  private final FederationKey key;
  private final IntFunction<byte[]> codes;
  private final int persons;
  private final long[] hashes;
  private final int[] coupons;
  private final int chunks;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private volatile boolean complete;
  private volatile RuntimeException failure;

  private KeyedPersons(FederationKey key, int persons, IntFunction<byte[]> codes) {
    this.key = key;
    this.codes = codes;
    this.persons = persons;
    this.hashes = new long[persons];
    this.coupons = new int[persons];
    this.chunks = (persons + CHUNK - 1) / CHUNK;
  }

  /**
   * Starts hashing the persons' codes on a background thread and returns at once; {@link #await}
   * before reading.
   *
   * @param persons the number of persons
   * @param codes a person's linkage code as UTF-8 bytes, or null when it has none (called from
   *     other threads)
   */
  public static KeyedPersons start(FederationKey key, int persons, IntFunction<byte[]> codes) {
    KeyedPersons k = new KeyedPersons(key, persons, codes);
    Thread t = new Thread(k::work, "terrain-keyed-hashes");
    t.setDaemon(true);
    t.start();
    return k;
  }

  /** Hashes the chunks not yet claimed, then waits for the others; returns this. */
  public KeyedPersons await() {
    if (!complete) {
      work();
      synchronized (this) {
        while (done.get() < chunks) {
          try {
            wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing linkage codes", e);
          }
        }
      }
      complete = true;
    }
    if (failure != null) {
      throw failure;
    }
    return this;
  }

  private void work() {
    KeyedHasher hasher = null;
    for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
      try {
        if (hasher == null) {
          hasher = key.newHasher();
        }
        hash(hasher, c);
      } catch (RuntimeException e) {
        failure = e;
      } finally {
        if (done.incrementAndGet() == chunks) {
          synchronized (this) {
            notifyAll();
          }
        }
      }
    }
  }

  private void hash(KeyedHasher hasher, int chunk) {
    int to = Math.min(persons, (chunk + 1) * CHUNK);
    for (int p = chunk * CHUNK; p < to; p++) {
      byte[] code = codes.apply(p);
      if (code != null && code.length > 0) {
        hashes[p] = hasher.hash(code);
        coupons[p] = HllCoupons.coupon(hashes[p]);
      }
    }
  }

  /** Whether the person has a linkage code (after {@link #await}). */
  public boolean linked(int person) {
    return coupons[person] != 0;
  }

  /** The person's coupon ({@link HllCoupons#coupon}), 0 when the person has no linkage code. */
  int coupon(int person) {
    return coupons[person];
  }

  /** The person's keyed hash (meaningful when linked; after {@link #await}). */
  public long hash(int person) {
    return hashes[person];
  }
}
