package be.terrain.core.internal;

/**
 * The ids of a pool while they are all one prefix and then a number of one width, each number
 * greater than the one before or equal to it ({@code c-00000001}, {@code c-00000002}, ..., as
 * exports number their records): such ids are distinct exactly when their numbers are, so they need
 * neither their bytes stored nor a comparison of text, only their numbers (and not even those while
 * the numbers are consecutive). Why: interning the ten million record ids of a {@code contacts.csv}
 * byte by byte was 8 to 11 % of the cold read's reader threads (issue #13).
 *
 * <p>{@link #intern} answers -1 at the first id not of the form or out of order; the {@link IdPool}
 * then copies these ids into its general storage, in the same order (same indexes), and goes on
 * there. Only {@link #find} and {@link #get} may be called from several threads.
 */
final class NumberedRun {
  /** The most digits a number may have (fits an int). */
  private static final int MAX_DIGITS = 9;

  private final char[] prefix;
  private final int length;
  private final int first;
  private int last;
  private int size;

  /** The number of each index once they are not consecutive; null while they are. */
  private IntArray numbers;

  private NumberedRun(char[] prefix, int length, int first) {
    this.prefix = prefix;
    this.length = length;
    this.first = first;
    this.last = first;
    this.size = 1;
  }

  /**
   * A run holding this first id at index 0, or null when it is not id characters then 1 to {@link
   * #MAX_DIGITS} digits (its prefix may end in digits: only the last nine are its number).
   */
  static NumberedRun start(CharSequence id) {
    int len = id.length();
    int digits = 0;
    while (digits < Math.min(len, MAX_DIGITS) && isDigit(id.charAt(len - 1 - digits))) {
      digits++;
    }
    if (digits == 0) {
      return null;
    }
    char[] prefix = new char[len - digits];
    for (int j = 0; j < prefix.length; j++) {
      char c = id.charAt(j);
      if (!FieldRules.isIdChar(c)) {
        return null;
      }
      prefix[j] = c;
    }
    int n = 0;
    for (int j = prefix.length; j < len; j++) {
      n = n * 10 + (id.charAt(j) - '0');
    }
    return new NumberedRun(prefix, len, n);
  }

  /** The index of the id (new when its number is greater than the last), or -1: fall back. */
  int intern(CharSequence id) {
    int n = number(id);
    if (n < 0) {
      return -1;
    }
    if (n == last) {
      return size - 1;
    }
    if (n < last) {
      return -1;
    }
    if (numbers == null && n != last + 1) {
      numbers = new IntArray();
      for (int i = 0; i < size; i++) {
        numbers.add(first + i);
      }
    }
    if (numbers != null) {
      numbers.add(n);
    }
    last = n;
    return size++;
  }

  /** The index of the id, or -1 when the run does not hold it. Only reads. */
  int find(CharSequence id) {
    int n = number(id);
    if (n < first || n > last) {
      return -1;
    }
    if (numbers == null) {
      return n - first;
    }
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int m = numbers.get(mid);
      if (m < n) {
        lo = mid + 1;
      } else if (m > n) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The number of distinct ids. */
  int size() {
    return size;
  }

  /** The id at an index (0 to size - 1). */
  String get(int index) {
    int n = numbers == null ? first + index : numbers.get(index);
    char[] text = new char[length];
    System.arraycopy(prefix, 0, text, 0, prefix.length);
    for (int j = length - 1; j >= prefix.length; j--) {
      text[j] = (char) ('0' + n % 10);
      n /= 10;
    }
    return new String(text);
  }

  /** The length of every id, in chars (and UTF-8 bytes: they are ASCII). */
  int idLength() {
    return length;
  }

  /** Approximate bytes held. */
  long footprint() {
    return numbers == null ? 0 : 4L * numbers.size();
  }

  /** The id's number, or -1 when it is not the prefix and then digits of the run's width. */
  private int number(CharSequence id) {
    return NumberedIds.number(id, prefix, length);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
