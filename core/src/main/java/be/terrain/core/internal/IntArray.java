package be.terrain.core.internal;

import java.util.Arrays;

/**
 * A growing array of ints kept in fixed-size chunks: growing never copies what is there (a copy of
 * a 40 MB column would need 100 MB at its peak), and {@link #toArray} releases each chunk once
 * copied.
 */
public final class IntArray {
  static final int SHIFT = 14;
  static final int CHUNK = 1 << SHIFT;
  static final int MASK = CHUNK - 1;

  private int[][] chunks = new int[4][];
  private int[] current;
  private int size;
  private int limit = 16;

  /** An empty array. */
  public IntArray() {
    current = new int[16];
    chunks[0] = current;
  }

  /** Appends a value. */
  public void add(int v) {
    if (size == limit) {
      grow();
    }
    current[size & MASK] = v;
    size++;
  }

  private void grow() {
    int c = size >>> SHIFT;
    if (current.length < CHUNK) {
      // the first chunk starts small and doubles up to a full chunk (small tables stay small)
      current = Arrays.copyOf(current, Math.min(CHUNK, current.length * 2));
      chunks[c] = current;
      limit = current.length;
      return;
    }
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    current = new int[CHUNK];
    chunks[c] = current;
    limit = size + CHUNK;
  }

  /** The value at i. */
  public int get(int i) {
    return chunks[i >>> SHIFT][i & MASK];
  }

  /** Replaces the value at i. */
  public void set(int i, int v) {
    chunks[i >>> SHIFT][i & MASK] = v;
  }

  /** The last value added. */
  public int last() {
    return get(size - 1);
  }

  /** The number of values. */
  public int size() {
    return size;
  }

  /** The values in one array; this array is empty afterwards (its chunks are released). */
  public int[] toArray() {
    int[] out = new int[size];
    for (int c = 0, from = 0; from < size; c++, from += CHUNK) {
      System.arraycopy(chunks[c], 0, out, from, Math.min(CHUNK, size - from));
      chunks[c] = null;
    }
    chunks = new int[4][];
    current = new int[16];
    chunks[0] = current;
    size = 0;
    limit = 16;
    return out;
  }
}
