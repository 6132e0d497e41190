package be.terrain.core.rules.internal;

import java.util.Arrays;

/**
 * A hash map from non-negative long keys to long values without boxing: open addressing with linear
 * probing, capacity a power of two, at most half full.
 */
public final class LongLongMap {
  private static final long FREE = Long.MIN_VALUE;

  private long[] keys;
  private long[] values;
  private int mask;
  private int size;

  /** A map sized for about {@code expected} keys. */
  public LongLongMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    keys = new long[cap];
    Arrays.fill(keys, FREE);
    values = new long[cap];
    mask = cap - 1;
  }

  /** The number of keys. */
  public int size() {
    return size;
  }

  /** The value of a key, 0 when absent. */
  public long get(long key) {
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == FREE) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Adds to a key's value (0 when absent) and returns the new value.
   *
   * @param key a key, not negative
   */
  public long add(long key, long delta) {
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return values[slot] += delta;
      }
      if (k == FREE) {
        keys[slot] = key;
        values[slot] = delta;
        if (++size * 2 > mask) {
          grow();
        }
        return delta;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    int cap = oldKeys.length * 2;
    keys = new long[cap];
    Arrays.fill(keys, FREE);
    values = new long[cap];
    mask = cap - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      long k = oldKeys[i];
      if (k != FREE) {
        int slot = slot(k);
        while (keys[slot] != FREE) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        values[slot] = oldValues[i];
      }
    }
  }
}
