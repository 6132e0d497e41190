package be.terrain.core.internal;

import be.terrain.core.CodeList;
import be.terrain.core.Countries;
import java.util.Set;

/**
 * The field rules of the exchange format, each defined once. Both validation paths call these: the
 * Bean Validation constraints on the records (for objects an application builds, checked by
 * terrain-record-validation, to which core exports this package) and the dataset builder's bulk
 * path (for millions of rows read from files, without per-object reflection).
 */
public final class FieldRules {
  private FieldRules() {}

  /** Longest id. */
  public static final int ID_MAX_LENGTH = 64;

  /** Contact count range. */
  public static final int COUNT_MIN = 1;

  /** Contact count range. */
  public static final int COUNT_MAX = 10_000;

  /** Distribution quantity range. */
  public static final int QUANTITY_MIN = 1;

  /** Distribution quantity range. */
  public static final int QUANTITY_MAX = 100_000;

  /** Unit value range in cents. */
  public static final int UNIT_VALUE_MIN = 0;

  /** Unit value range in cents. */
  public static final int UNIT_VALUE_MAX = 10_000_000;

  /** Earliest birth year. */
  public static final int BIRTH_YEAR_MIN = 1900;

  /** The Belgian provinces and regions an antenna may be in. */
  public static final Set<String> PROVINCES =
      Set.of(
          "BE-WHT", "BE-WBR", "BE-WNA", "BE-WLG", "BE-WLX", "BE-BRU", "BE-VAN", "BE-VBR", "BE-VLI",
          "BE-VOV", "BE-VWV");

  private static final boolean[] ID_CHARS = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ID_CHARS[c] =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
    }
  }

  /** 1 to 64 characters of {@code [A-Za-z0-9._-]}. */
  public static boolean isValidId(CharSequence id) {
    if (id instanceof String s) {
      return isValidId(s);
    }
    int n = id.length();
    if (n == 0 || n > ID_MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c >= 128 || !ID_CHARS[c]) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #isValidId(CharSequence)} of a string, in its own loop: the loop above then sees only
   * the reader's cell class, so that the JIT inlines its {@code charAt} without a type check, and
   * is not deoptimised when an id pool checks its strings (a cold run's profile showed that
   * recompile).
   */
  public static boolean isValidId(String id) {
    int n = id.length();
    if (n == 0 || n > ID_MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c >= 128 || !ID_CHARS[c]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the character may appear in an id. */
  static boolean isIdChar(int c) {
    return c >= 0 && c < 128 && ID_CHARS[c];
  }

  /** A province code of the format. */
  public static boolean isProvince(String code) {
    return PROVINCES.contains(code);
  }

  /** An officially assigned ISO 3166-1 alpha-2 code. */
  public static boolean isNationality(String code) {
    return Countries.isAssigned(code);
  }

  /** A code of the list; {@code UNKNOWN} only where {@code allowUnknown}. */
  public static boolean isCode(CodeList list, String code, boolean allowUnknown) {
    return list.contains(code) && (allowUnknown || !code.equals("UNKNOWN"));
  }

  /** Whether the text is an ASCII integer {@code -?[0-9]+} that fits an int. */
  public static boolean isInteger(CharSequence s) {
    return parseInteger(s) != NO_INTEGER;
  }

  /** What {@link #parseInteger} returns for a text that is not an int. */
  public static final long NO_INTEGER = Long.MIN_VALUE;

  /**
   * The value of an ASCII integer {@code -?[0-9]+} that fits an int, or {@link #NO_INTEGER}: one
   * pass over the characters, where checking and then parsing took two.
   */
  public static long parseInteger(CharSequence s) {
    int n = s.length();
    int i = 0;
    if (n > 0 && s.charAt(0) == '-') {
      i = 1;
    }
    if (i == n || n - i > 10) {
      return NO_INTEGER;
    }
    long v = 0;
    for (int k = i; k < n; k++) {
      int d = s.charAt(k) - '0';
      if (d < 0 || d > 9) {
        return NO_INTEGER;
      }
      v = v * 10 + d;
    }
    if (i == 1) {
      v = -v;
    }
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? v : NO_INTEGER;
  }

  /** Exactly four ASCII digits. */
  public static boolean isFourDigits(CharSequence s) {
    if (s.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A birth year in range (the upper bound, the current year, is a dataset rule). */
  public static boolean isBirthYear(int year) {
    return year >= BIRTH_YEAR_MIN && year <= 9999;
  }

  /** Whether a value lies in {@code [min, max]}. */
  public static boolean inRange(long value, long min, long max) {
    return value >= min && value <= max;
  }

  /** Sentinel for a date that could not be read. */
  public static final int NO_DATE = Integer.MIN_VALUE;

  /**
   * Parses an ISO-8601 calendar date written {@code YYYY-MM-DD} (exactly that shape) into an epoch
   * day, or {@link #NO_DATE} when it is not a calendar date. Allocation-free for valid input.
   */
  public static int parseDate(CharSequence s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return NO_DATE;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 1 || m > 12 || d < 1) {
      return NO_DATE;
    }
    if (d > 28 && d > daysInMonth(y, m)) {
      return NO_DATE;
    }
    if (y >= FIRST_TABLED_YEAR && y < LAST_TABLED_YEAR) {
      return MONTH_STARTS[(y - FIRST_TABLED_YEAR) * 12 + m - 1] + d - 1;
    }
    return (int) epochDay(y, m, d);
  }

  private static final int FIRST_TABLED_YEAR = 1900;
  private static final int LAST_TABLED_YEAR = 2200;

  /** The epoch day of the first of each month of the usual years (dates are read by millions). */
  private static final int[] MONTH_STARTS = new int[(LAST_TABLED_YEAR - FIRST_TABLED_YEAR) * 12];

  static {
    for (int y = FIRST_TABLED_YEAR; y < LAST_TABLED_YEAR; y++) {
      for (int m = 1; m <= 12; m++) {
        MONTH_STARTS[(y - FIRST_TABLED_YEAR) * 12 + m - 1] = (int) epochDay(y, m, 1);
      }
    }
  }

  /** The days of a month of the proleptic Gregorian calendar, as java.time counts them. */
  static int daysInMonth(int year, int month) {
    if (month == 2) {
      return isLeapYear(year) ? 29 : 28;
    }
    // 30 days in April, June, September and November; 31 in the others
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** A leap year of the proleptic Gregorian calendar (year 0 is one). */
  static boolean isLeapYear(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int digits(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Epoch day of a valid date, as java.time computes it, without allocating. */
  static long epochDay(int year, int month, int day) {
    long y = year;
    long m = month;
    long total = 365 * y;
    if (y >= 0) {
      total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      total -= y / -4 - y / -100 + y / -400;
    }
    total += (367 * m - 362) / 12;
    total += day - 1;
    if (m > 2) {
      total--;
      if (!isLeapYear(year)) {
        total--;
      }
    }
    return total - 719528L;
  }
}
