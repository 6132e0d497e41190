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
  /** The coupon values above which {@link #above} lists the persons: 1 to {@value}. */
  static final int LEVELS = 10;

  /** Persons per chunk: a multiple of 64, so that chunks write disjoint words of the bit sets. */
  private static final int CHUNK = 4096;

  private static final int VALUE_SHIFT = 26;

  private final FederationKey key;
  private final IntFunction<byte[]> codes;
  private final int persons;
  private final long[] hashes;
  private final int[] coupons;
  private final long[] linkedWords;
  private final long[][] above = new long[LEVELS + 1][];
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
    int words = (persons + 63) >>> 6;
    this.linkedWords = new long[words];
    above[0] = linkedWords;
    for (int t = 1; t <= LEVELS; t++) {
      above[t] = new long[words];
    }
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
        int coupon = HllCoupons.coupon(hashes[p]);
        coupons[p] = coupon;
        long bit = 1L << p;
        int value = Math.min(coupon >>> VALUE_SHIFT, LEVELS + 1);
        for (int t = 0; t < value; t++) {
          above[t][p >>> 6] |= bit;
        }
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

  /**
   * The persons with a linkage code as a bit set (bit {@code p % 64} of word {@code p / 64}: person
   * {@code p}), after {@link #await}; not to be modified.
   */
  long[] linkedWords() {
    return linkedWords;
  }

  /**
   * The persons whose coupon value is above {@code level} as a bit set like {@link #linkedWords}
   * (level 0: every linked person, as coupon values start at 1), after {@link #await}; not to be
   * modified.
   *
   * @param level 0 to {@link #LEVELS}
   */
  long[] above(int level) {
    return above[level];
  }

  /** The person's keyed hash (meaningful when linked; after {@link #await}). */
  public long hash(int person) {
    return hashes[person];
  }
}
