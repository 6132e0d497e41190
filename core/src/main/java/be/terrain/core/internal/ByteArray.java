package be.terrain.core.internal;

import java.util.Arrays;

/** A growing array of bytes. */
public final class ByteArray {
  private byte[] a = new byte[16];
  private int size;

  /** Appends a value. */
  public void add(int v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, a.length + (a.length >> 1) + 16);
    }
    a[size++] = (byte) v;
  }

  /** The last value added. */
  public byte last() {
    return a[size - 1];
  }

  /** The values, trimmed. */
  public byte[] toArray() {
    return Arrays.copyOf(a, size);
  }
}
