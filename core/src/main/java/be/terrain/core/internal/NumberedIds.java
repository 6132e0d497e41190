package be.terrain.core.internal;

/**
 * An exact index of a pool whose ids are all one prefix and then a number of one width ({@code
 * p-0000001} to {@code p-1000000}, as most exports number their records): an id's index found from
 * its number, in a table of one int per number (4 MB for a million persons) instead of a hash table
 * six times larger, or from the number alone when the pool holds consecutive numbers in order (no
 * memory read at all). Why: looking up the person of each of millions of rows was a cache miss in a
 * table of tens of megabytes every row, the cold read's largest single cost (issue #13).
 *
 * <p>Exact for any text: a text not of the pool's form cannot be one of its ids, so it is absent.
 * Built only when every id has the form and is a valid id (its characters are id characters): an id
 * found is then a valid id too. Immutable: several threads may read it.
 */
final class NumberedIds {
  /** Below this many ids the hash index is as quick (and its tests keep covering it). */
  static final int MIN_IDS = 1024;

  /** At most this many numbers a pool id (a sparser numbering keeps the hash index). */
  private static final int SPREAD = 4;

  /** The most digits a number may have (fits an int). */
  private static final int MAX_DIGITS = 9;

  private final char[] prefix;
  private final int length;
  private final int min;
  private final int span;

  /** The index + 1 of each number from {@link #min}, 0 for none; null: the number's offset. */
  private final int[] table;

  private NumberedIds(char[] prefix, int length, int min, int span, int[] table) {
    this.prefix = prefix;
    this.length = length;
    this.min = min;
    this.span = span;
    this.table = table;
  }

  /** The index of the ids in the storage, or null when they are not all of one numbered form. */
  static NumberedIds of(IdBytes bytes) {
    int size = bytes.size();
    if (size < MIN_IDS) {
      return null;
    }
    byte[] first = idBytes(bytes, 0);
    int len = first.length;
    int digits = 0;
    while (digits < Math.min(len, MAX_DIGITS) && isDigit(first[len - 1 - digits])) {
      digits++;
    }
    if (digits == 0) {
      return null;
    }
    int p = len - digits;
    char[] prefix = new char[p];
    for (int j = 0; j < p; j++) {
      if (!FieldRules.isIdChar(first[j])) {
        return null;
      }
      prefix[j] = (char) first[j];
    }
    int[] numbers = new int[size];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      int n = number(bytes, i, first, p, len);
      if (n < 0) {
        return null;
      }
      numbers[i] = n;
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
    long span = (long) max - min + 1;
    if (span > (long) SPREAD * size) {
      return null;
    }
    boolean consecutive = span == size;
    for (int i = 0; i < size && consecutive; i++) {
      consecutive = numbers[i] == min + i;
    }
    if (consecutive) {
      return new NumberedIds(prefix, len, min, size, null);
    }
    int[] table = new int[(int) span];
    for (int i = 0; i < size; i++) {
      table[numbers[i] - min] = i + 1;
    }
    return new NumberedIds(prefix, len, min, (int) span, table);
  }

  /** The index of an id (or key: an id's UTF-8 bytes, one a char), or -1 when not in the pool. */
  int find(CharSequence k) {
    int n = number(k, prefix, length);
    if (n < 0) {
      return -1;
    }
    int at = n - min;
    if (at < 0 || at >= span) {
      return -1;
    }
    return table == null ? at : table[at] - 1;
  }

  /**
   * An id's number when it is that prefix and then digits up to that length, else -1 (shared with
   * {@link NumberedRun}).
   */
  static int number(CharSequence id, char[] prefix, int length) {
    if (id.length() != length) {
      return -1;
    }
    for (int j = 0; j < prefix.length; j++) {
      if (id.charAt(j) != prefix[j]) {
        return -1;
      }
    }
    int n = 0;
    for (int j = prefix.length; j < length; j++) {
      int d = id.charAt(j) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      n = n * 10 + d;
    }
    return n;
  }

  /** The id's number, or -1 when it is not the prefix and then digits of the first id's width. */
  private static int number(IdBytes bytes, int index, byte[] first, int p, int len) {
    int address = bytes.address(index);
    byte[] chunk = bytes.chunk(address);
    int off = IdBytes.offset(address);
    if (IdBytes.length(chunk, off) != len) {
      return -1;
    }
    int at = off + IdBytes.header(len);
    for (int j = 0; j < p; j++) {
      if (chunk[at + j] != first[j]) {
        return -1;
      }
    }
    int n = 0;
    for (int j = p; j < len; j++) {
      byte b = chunk[at + j];
      if (!isDigit(b)) {
        return -1;
      }
      n = n * 10 + (b - '0');
    }
    return n;
  }

  private static byte[] idBytes(IdBytes bytes, int index) {
    int address = bytes.address(index);
    byte[] chunk = bytes.chunk(address);
    int off = IdBytes.offset(address);
    int len = IdBytes.length(chunk, off);
    int at = off + IdBytes.header(len);
    byte[] b = new byte[len];
    System.arraycopy(chunk, at, b, 0, len);
    return b;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9' && FieldRules.isIdChar(b);
  }
}
