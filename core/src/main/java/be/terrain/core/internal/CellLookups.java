package be.terrain.core.internal;

import be.terrain.core.CodeList;
import be.terrain.core.Countries;
import com.google.common.collect.MapMaker;
import java.util.concurrent.ConcurrentMap;

/**
 * Looks codes and countries up straight from a cell's characters (a parser's reused buffer),
 * without making a string: the same answers as {@link CodeList#indexOf} and {@link
 * Countries#index}.
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

  /**
   * The codes of each code list read so far, so that a read does not index the same lists again
   * (they were a tenth of the time a small dataset took to read). Weak keys compared by identity: a
   * list no registry holds any more goes, with its codes (which do not refer to it).
   */
  private static final ConcurrentMap<CodeList, Codes> CODES = new MapMaker().weakKeys().makeMap();

  /**
   * A code list's codes, indexed once per list.
   *
   * @throws IllegalArgumentException for a list of more than {@link SmallKeys#MAX_KEYS} codes
   */
  static Codes codes(CodeList list) {
    Codes codes = CODES.get(list);
    if (codes == null) {
      codes = new Codes(list);
      CODES.putIfAbsent(list, codes);
    }
    return codes;
  }

  /**
   * A code list's codes, found from a cell's characters through {@link SmallKeys}: immutable,
   * shared by every read of the list.
   */
  static final class Codes {
    private final String listId;
    private final SmallKeys keys;

    /**
     * Indexes a code list's codes.
     *
     * @throws IllegalArgumentException for a list of more than {@link SmallKeys#MAX_KEYS} codes
     */
    Codes(CodeList list) {
      this.listId = list.id();
      String[] codes = new String[list.size()];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = list.get(i).code();
      }
      this.keys = new SmallKeys(codes);
    }

    /** The list's id. */
    String listId() {
      return listId;
    }

    /** The index of the whole cell's code, or -1. */
    int indexOf(CharSequence cell) {
      return keys.indexOf(cell, 0, cell.length());
    }

    /** The index of the code at {@code [from, to)} of the cell, or -1. */
    int indexOf(CharSequence cell, int from, int to) {
      return keys.indexOf(cell, from, to);
    }
  }
}
