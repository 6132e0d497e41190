package be.terrain.core.internal;

/**
 * The index of a pool while ids are added. Ids usually come sorted (files are written in id order;
 * a distribution act's rows follow each other): while every new id is greater than the one before,
 * it needs no hash table at all (an id equal to the last one is the same entry, a greater one is
 * new, and a look-up is a binary search); it builds an open-addressing table of indexes only at the
 * first id out of order, or when {@link #ensureTable} asks for one.
 */
final class GrowingIndex {
  private final IdBytes bytes;
  private int[] table;
  private int mask;
  private int lastIndex = -1;

  /** How many ids are expected in all (0: unknown), to size the table once when it is built. */
  private int expected;

  GrowingIndex(IdBytes bytes) {
    this.bytes = bytes;
  }

  /**
   * Expects about this many ids in all: the table, if ids come out of order and one is built, is
   * then made large enough for them at once rather than rehashed each time it doubles (ten million
   * unsorted ids were 17 rehashes). Builds nothing while ids come sorted.
   */
  void expect(int n) {
    expected = Math.max(0, n);
  }

  /** The index of a key (an id's UTF-8 bytes, one a char), stored when new. */
  int intern(CharSequence k) {
    IdBytes b = bytes;
    if (table == null && lastIndex >= 0 && lastIndex == b.size() - 1) {
      // sorted so far, the last id the last one seen: one comparison says same, new, or out of
      // order
      int c = b.compareAt(lastIndex, k);
      if (c == 0) {
        return lastIndex;
      }
      if (c < 0) {
        lastIndex = b.append(k);
        return lastIndex;
      }
    } else if (lastIndex >= 0 && b.equalsAt(lastIndex, k)) {
      return lastIndex;
    }
    if (table == null) {
      if (b.size() == 0 || b.compareAt(b.size() - 1, k) < 0) {
        lastIndex = b.append(k);
        return lastIndex;
      }
      rehash(firstCapacity());
    }
    int slot = hash(k) & mask;
    while (true) {
      int e = table[slot];
      if (e == 0) {
        break;
      }
      if (b.equalsAt(e - 1, k)) {
        lastIndex = e - 1;
        return lastIndex;
      }
      slot = (slot + 1) & mask;
    }
    int index = b.append(k);
    table[slot] = index + 1;
    if (b.size() * 2 > mask) {
      rehash(table.length * 2);
    }
    lastIndex = index;
    return index;
  }

  /** The index of a key, or -1. Only reads. */
  int find(CharSequence k) {
    IdBytes b = bytes;
    if (table == null) {
      int lo = 0;
      int hi = b.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = b.compareAt(mid, k);
        if (c < 0) {
          lo = mid + 1;
        } else if (c > 0) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }
    int slot = hash(k) & mask;
    while (true) {
      int e = table[slot];
      if (e == 0) {
        return -1;
      }
      if (b.equalsAt(e - 1, k)) {
        return e - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Builds the hash table now if there is none (for ids too long for a {@link FrozenIndex}). */
  void ensureTable() {
    if (table == null) {
      rehash(firstCapacity());
    }
  }

  /**
   * The first table's capacity: room for the ids so far, or for all the expected ones at most half
   * full (the load at which the table would double).
   */
  private int firstCapacity() {
    int capacity = capacityFor(bytes.size());
    while (capacity <= 2L * expected && capacity < 1 << 30) {
      capacity *= 2;
    }
    return capacity;
  }

  /** Approximate bytes held by the table. */
  long footprint() {
    return table == null ? 0 : 4L * table.length;
  }

  private static int capacityFor(int n) {
    int capacity = 128;
    while (capacity < n * 4L) {
      capacity *= 2;
    }
    return capacity;
  }

  private static int hash(CharSequence k) {
    int h = 1;
    for (int i = 0, n = k.length(); i < n; i++) {
      h = 31 * h + k.charAt(i);
    }
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private void rehash(int capacity) {
    int size = bytes.size();
    int[] t = new int[capacity];
    int m = capacity - 1;
    for (int i = 0; i < size; i++) {
      int slot = mix(bytes.polynomialHashAt(i)) & m;
      while (t[slot] != 0) {
        slot = (slot + 1) & m;
      }
      t[slot] = i + 1;
    }
    table = t;
    mask = m;
  }
}
