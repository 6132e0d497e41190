package be.terrain.core.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The texts of cells that could not be stored as their type, by {@link Table#key(int, int)}: kept
 * so that no record loses a value, in memory that stays small when every row of a file is wrong
 * (issue #17: ten million wrong cells held 2.3 GB as a {@code HashMap<Long, String>} of as many
 * copies of the same text). Keys in two sorted arrays (rows come in order; a row's fields are put
 * in place), found by binary search; equal texts shared (the first {@value #SHARED} distinct).
 * Written by one reader thread, then frozen and read by any.
 */
final class RawCells {
  /** At most this many distinct texts are shared; later ones are kept as they come. */
  static final int SHARED = 1024;

  private static final RawCells EMPTY = new RawCells();

  private long[] keys = new long[0];
  private String[] texts = new String[0];
  private int size;
  private Map<String, String> shared = new HashMap<>();

  /** Keeps a cell's text. */
  void put(long key, String text) {
    String t = shared.get(text);
    if (t == null) {
      t = text;
      if (shared.size() < SHARED) {
        shared.put(text, text);
      }
    }
    int at = size;
    while (at > 0 && keys[at - 1] > key) {
      at--;
    }
    if (at > 0 && keys[at - 1] == key) {
      texts[at - 1] = t;
      return;
    }
    if (size == keys.length) {
      int grown = Math.max(16, size + (size >> 1));
      keys = Arrays.copyOf(keys, grown);
      texts = Arrays.copyOf(texts, grown);
    }
    System.arraycopy(keys, at, keys, at + 1, size - at);
    System.arraycopy(texts, at, texts, at + 1, size - at);
    keys[at] = key;
    texts[at] = t;
    size++;
  }

  /** {@return a cell's text, or null} */
  String get(long key) {
    int at = Arrays.binarySearch(keys, 0, size, key);
    return at >= 0 ? texts[at] : null;
  }

  /**
   * {@return the texts kept so far, trimmed, as an immutable copy}; this object starts empty again
   */
  RawCells freeze() {
    if (size == 0) {
      return EMPTY;
    }
    RawCells frozen = new RawCells();
    frozen.keys = Arrays.copyOf(keys, size);
    frozen.texts = Arrays.copyOf(texts, size);
    frozen.size = size;
    frozen.shared = Map.of();
    keys = new long[0];
    texts = new String[0];
    size = 0;
    shared = new HashMap<>();
    return frozen;
  }
}
