package be.terrain.core.internal;

/**
 * A small fixed set of keys (a code list's codes, the ids of a pool of a few antennas) found
 * straight from a cell's characters, for the bulk path that looks one up in nearly every cell.
 *
 * <p>Why this shape: a general hash reads every character to hash it and then again to compare it.
 * Here the slot comes from the length and three characters only (first, middle, last), which
 * already tells a few dozen codes or ids apart, and the candidate found there is compared once,
 * character by character. The table has at least eight slots per key, so that a probe rarely goes
 * past the first slot, and stays small enough (a few hundred ints) to live in the L1 cache.
 */
final class SmallKeys {
  /** Above this many keys a general hash table is the better tool. */
  static final int MAX_KEYS = 256;

  private final char[][] keys;

  /** Slot to key index + 1 (0: empty). */
  private final int[] table;

  private final int shift;

  /**
   * Indexes keys by their position in the array; a null key is skipped (never found).
   *
   * @throws IllegalArgumentException with more than {@link #MAX_KEYS} keys
   */
  SmallKeys(String[] keys) {
    if (keys.length > MAX_KEYS) {
      throw new IllegalArgumentException("at most " + MAX_KEYS + " small keys, not " + keys.length);
    }
    int bits = 6;
    while ((1 << bits) < keys.length * 8) {
      bits++;
    }
    this.keys = new char[keys.length][];
    this.table = new int[1 << bits];
    this.shift = 32 - bits;
    int mask = table.length - 1;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == null) {
        continue;
      }
      char[] k = keys[i].toCharArray();
      this.keys[i] = k;
      int slot =
          slot(
              k.length,
              k.length == 0 ? 0 : k[0],
              k.length == 0 ? 0 : k[k.length >> 1],
              k.length == 0 ? 0 : k[k.length - 1]);
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
  }

  private int slot(int length, int first, int middle, int last) {
    int h = (length << 24) ^ (first << 16) ^ (middle << 8) ^ last ^ (middle << 20);
    return (h * 0x9E3779B9) >>> shift;
  }

  /** The index of the whole text, or -1. */
  int indexOf(CharSequence s) {
    return indexOf(s, 0, s.length());
  }

  /** The index of the text at {@code [from, to)} of {@code s}, or -1. */
  int indexOf(CharSequence s, int from, int to) {
    int n = to - from;
    int slot =
        n == 0
            ? slot(0, 0, 0, 0)
            : slot(n, s.charAt(from), s.charAt(from + (n >> 1)), s.charAt(to - 1));
    int[] t = table;
    int mask = t.length - 1;
    while (true) {
      int e = t[slot];
      if (e == 0) {
        return -1;
      }
      char[] k = keys[e - 1];
      if (k.length == n && same(k, s, from)) {
        return e - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static boolean same(char[] key, CharSequence s, int from) {
    if (s instanceof String str) {
      // its own loop, so that the loop below sees one kind of sequence (a reader's buffer) and
      // the JIT inlines its charAt without a type check per character
      for (int i = 0; i < key.length; i++) {
        if (key[i] != str.charAt(from + i)) {
          return false;
        }
      }
      return true;
    }
    for (int i = 0; i < key.length; i++) {
      if (key[i] != s.charAt(from + i)) {
        return false;
      }
    }
    return true;
  }
}
