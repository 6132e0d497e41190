package be.terrain.core.internal;

import be.terrain.core.CodeList;
import be.terrain.core.Countries;

/**
 * Looks codes and countries up straight from a cell's characters (a parser's reused buffer), without
 * making a string: the same answers as {@link CodeList#indexOf} and {@link Countries#index}.
 */
final class CellLookups {
  private static final int[] COUNTRY_BY_LETTERS = new int[26 * 26];

  static {
    char[] c = new char[2];
    for (int i = 0; i < COUNTRY_BY_LETTERS.length; i++) {
      c[0] = (char) ('A' + i / 26);
      c[1] = (char) ('A' + i % 26);
      COUNTRY_BY_LETTERS[i] = Countries.index(new String(c));
    }
  }

  private CellLookups() {}

  /** {@link Countries#index} of a cell. */
  static int country(CharSequence cell) {
    if (cell.length() == 2) {
      int a = cell.charAt(0) - 'A';
      int b = cell.charAt(1) - 'A';
      if (a >= 0 && a < 26 && b >= 0 && b < 26) {
        return COUNTRY_BY_LETTERS[a * 26 + b];
      }
    }
    return Countries.index(cell.toString());
  }

  /** A code list's codes in a small hash table keyed like {@link String#hashCode}. */
  static final class Codes {
    private final CodeList list;
    private final String[] codes;
    private final char[][] chars;
    private final int[] table;
    private final int mask;

    Codes(CodeList list) {
      this.list = list;
      int n = list.size();
      codes = new String[n];
      chars = new char[n][];
      int capacity = 16;
      while (capacity < n * 4) {
        capacity *= 2;
      }
      table = new int[capacity];
      mask = capacity - 1;
      for (int i = 0; i < n; i++) {
        codes[i] = list.get(i).code();
        chars[i] = codes[i].toCharArray();
        int slot = spread(codes[i].hashCode()) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = i + 1;
      }
    }

    CodeList list() {
      return list;
    }

    /** The index of the whole cell's code, or -1. */
    int indexOf(CharSequence cell) {
      return indexOf(cell, 0, cell.length());
    }

    /** The index of the code at {@code [from, to)} of the cell, or -1. */
    int indexOf(CharSequence cell, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + cell.charAt(i);
      }
      int slot = spread(h) & mask;
      int n = to - from;
      while (true) {
        int e = table[slot];
        if (e == 0) {
          return -1;
        }
        char[] c = chars[e - 1];
        if (c.length == n && same(c, cell, from)) {
          return e - 1;
        }
        slot = (slot + 1) & mask;
      }
    }

    private static boolean same(char[] code, CharSequence cell, int from) {
      for (int i = 0; i < code.length; i++) {
        if (code[i] != cell.charAt(from + i)) {
          return false;
        }
      }
      return true;
    }

    private static int spread(int h) {
      return h ^ (h >>> 7) ^ (h >>> 16);
    }
  }
}
