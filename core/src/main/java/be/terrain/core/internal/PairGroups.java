package be.terrain.core.internal;

/**
 * Numbers the (person, date) pairs of a table's rows, each new pair the next group in the order of
 * its first row: the profiles' rule merges the rows of one person and day. Why not a hash table
 * alone: the usual profiles file is sorted by person and date, and a table of millions of pairs was
 * a cache miss per row (issue #13). While the pairs come in order (each equal to or after the last,
 * as one long), a pair after the last is new and one equal to it is the last's group, with no table
 * at all; at the first pair out of order, the pairs so far are put into a hash table (in the same
 * order, so with the same numbers) and every later row is looked up there. The groups are the same
 * either way.
 */
final class PairGroups {
  private final int[] people;
  private final int[] dates;

  private int groups;
  private long last;
  private boolean hashing;
  private long[] keys;
  private int[] slots;
  private int mask;

  /** The pairs of rows {@code (people[r], dates[r])}. */
  PairGroups(int[] people, int[] dates) {
    this.people = people;
    this.dates = dates;
  }

  /** Whether a row is left out of every group (its person or date absent or invalid). */
  static boolean skipped(int person, int date) {
    return person == Table.ABSENT
        || person == Table.INVALID
        || date == Table.ABSENT
        || date == Table.INVALID;
  }

  /** The number of groups so far. */
  int size() {
    return groups;
  }

  /**
   * The group of row {@code r}: rows are asked in order, each once, and none {@link #skipped}; a
   * pair not seen before is group {@link #size()} (before the call).
   */
  int group(int r) {
    long key = key(r);
    if (!hashing) {
      if (groups > 0 && key == last) {
        return groups - 1;
      }
      if (groups == 0 || key > last) {
        last = key;
        return groups++;
      }
      startHashing(r);
    }
    return find(key);
  }

  private long key(int r) {
    return ((long) people[r] << 32) ^ (dates[r] & 0xffffffffL);
  }

  /** Puts the pairs of the rows before {@code r} into the hash table, numbered as they were. */
  private void startHashing(int r) {
    int capacity = 16;
    while (capacity < people.length * 4L / 3) {
      capacity *= 2;
    }
    mask = capacity - 1;
    keys = new long[capacity];
    slots = new int[capacity];
    hashing = true;
    int before = groups;
    groups = 0;
    for (int q = 0; q < r; q++) {
      if (!skipped(people[q], dates[q])) {
        find(key(q));
      }
    }
    if (groups != before) {
      throw new IllegalStateException("pairs renumbered: " + groups + " != " + before);
    }
  }

  private int find(long key) {
    int slot = (int) mix(key) & mask;
    while (true) {
      int g = slots[slot];
      if (g == 0) {
        slots[slot] = groups + 1;
        keys[slot] = key;
        return groups++;
      }
      if (keys[slot] == key) {
        return g - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return k;
  }
}
