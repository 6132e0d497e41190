package be.terrain.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns strings compactly: their UTF-8 bytes in one growing array, an offset per string and an
 * open-addressing hash index. Ten million short ids take about 20 bytes each instead of the ~60 of
 * a {@code String} in a {@code HashMap}. Not thread-safe; frozen once a dataset is built.
 */
public final class IdPool {
  private byte[] bytes = new byte[1024];
  private int used;
  private int[] offsets = new int[65];
  private int size;
  private int[] table = new int[128];
  private int mask = 127;

  /** The number of distinct strings. */
  public int size() {
    return size;
  }

  /** The index of the string, adding it when new. */
  public int intern(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int h = hash(b);
    int slot = h & mask;
    while (true) {
      int e = table[slot];
      if (e == 0) {
        break;
      }
      if (equalsAt(e - 1, b)) {
        return e - 1;
      }
      slot = (slot + 1) & mask;
    }
    int index = size;
    append(b);
    table[slot] = index + 1;
    if (size * 2 > mask) {
      rehash();
    }
    return index;
  }

  /** The index of the string, or -1. */
  public int find(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int slot = hash(b) & mask;
    while (true) {
      int e = table[slot];
      if (e == 0) {
        return -1;
      }
      if (equalsAt(e - 1, b)) {
        return e - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The string at an index. */
  public String get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("no id at " + index + " of " + size);
    }
    int from = offsets[index];
    return new String(bytes, from, offsets[index + 1] - from, StandardCharsets.UTF_8);
  }

  /**
   * Compares two interned strings by code point, without making strings: UTF-8 bytes compared as
   * unsigned values order like code points.
   */
  public int compare(int a, int b) {
    if (a == b) {
      return 0;
    }
    int fa = offsets[a];
    int fb = offsets[b];
    return Arrays.compareUnsigned(bytes, fa, offsets[a + 1], bytes, fb, offsets[b + 1]);
  }

  /** Trims the arrays to their content. */
  public void trim() {
    bytes = Arrays.copyOf(bytes, used);
    offsets = Arrays.copyOf(offsets, size + 1);
  }

  /** Approximate bytes held. */
  public long footprint() {
    return bytes.length + 4L * offsets.length + 4L * table.length;
  }

  private void append(byte[] b) {
    if (used + b.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + b.length));
    }
    System.arraycopy(b, 0, bytes, used, b.length);
    used += b.length;
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    size++;
    offsets[size] = used;
  }

  private boolean equalsAt(int index, byte[] b) {
    int from = offsets[index];
    int len = offsets[index + 1] - from;
    return len == b.length && Arrays.equals(bytes, from, from + len, b, 0, len);
  }

  private int hashAt(int index) {
    int h = 1;
    for (int i = offsets[index]; i < offsets[index + 1]; i++) {
      h = 31 * h + bytes[i];
    }
    return mix(h);
  }

  private static int hash(byte[] b) {
    int h = 1;
    for (byte x : b) {
      h = 31 * h + x;
    }
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  private void rehash() {
    int[] t = new int[table.length * 2];
    int m = t.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = hashAt(i) & m;
      while (t[slot] != 0) {
        slot = (slot + 1) & m;
      }
      t[slot] = i + 1;
    }
    table = t;
    mask = m;
  }
}
