package be.terrain.core.internal;

import java.util.Arrays;

/** A growing array of bytes kept in fixed-size chunks (see {@link IntArray}). */
public final class ByteArray {
  private static final int SHIFT = 16;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private byte[][] chunks = new byte[4][];
  private byte[] current = new byte[16];
  private int size;
  private int limit = 16;

  /** An empty array. */
  public ByteArray() {
    chunks[0] = current;
  }

  /** Appends a value. */
  public void add(int v) {
    if (size == limit) {
      grow();
    }
    current[size & MASK] = (byte) v;
    size++;
  }

  private void grow() {
    int c = size >>> SHIFT;
    if (current.length < CHUNK) {
      current = Arrays.copyOf(current, Math.min(CHUNK, current.length * 2));
      chunks[c] = current;
      limit = current.length;
      return;
    }
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    current = new byte[CHUNK];
    chunks[c] = current;
    limit = size + CHUNK;
  }

  /** The value at i. */
  public byte get(int i) {
    return chunks[i >>> SHIFT][i & MASK];
  }

  /** The last value added. */
  public byte last() {
    return get(size - 1);
  }

  /** The number of values. */
  public int size() {
    return size;
  }

  /** The values in one array; this array is empty afterwards (its chunks are released). */
  public byte[] toArray() {
    byte[] out = new byte[size];
    for (int c = 0, from = 0; from < size; c++, from += CHUNK) {
      System.arraycopy(chunks[c], 0, out, from, Math.min(CHUNK, size - from));
      chunks[c] = null;
    }
    chunks = new byte[4][];
    current = new byte[16];
    chunks[0] = current;
    size = 0;
    limit = 16;
    return out;
  }
}
