package be.terrain.core.internal;

import java.util.Arrays;

/** A growing array of ints. */
public final class IntArray {
  private int[] a;
  private int size;

  /** An empty array. */
  public IntArray() {
    a = new int[16];
  }

  /** Appends a value. */
  public void add(int v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, a.length + (a.length >> 1) + 16);
    }
    a[size++] = v;
  }

  /** The value at i. */
  public int get(int i) {
    return a[i];
  }

  /** Replaces the value at i. */
  public void set(int i, int v) {
    a[i] = v;
  }

  /** The number of values. */
  public int size() {
    return size;
  }

  /** The values, trimmed. */
  public int[] toArray() {
    return Arrays.copyOf(a, size);
  }
}
