package be.terrain.cli.sample;

import java.time.LocalDate;

/**
 * The texts of the cells a sample repeats most, made once: dates from 2000-01-01 to 2021-12-31 and
 * integers from 0 to 2099 (birth years, quantities, counts). Generators emit millions of them.
 */
final class CellTexts {
  private static final int DATE_TEXT_FROM = (int) LocalDate.of(2000, 1, 1).toEpochDay();
  private static final String[] DATE_TEXT = dateTexts();
  private static final String[] INT_TEXT = intTexts(2100);

  private CellTexts() {}

  /** The ISO text of an epoch day. */
  static String date(int epochDay) {
    return DATE_TEXT[epochDay - DATE_TEXT_FROM];
  }

  /** The decimal text of a small integer. */
  static String integer(int n) {
    return INT_TEXT[n];
  }

  /** Null for an empty code (an empty cell), else the code. */
  static String emptyAsNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static String[] dateTexts() {
    int to = (int) LocalDate.of(2021, 12, 31).toEpochDay();
    String[] out = new String[to - DATE_TEXT_FROM + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = LocalDate.ofEpochDay(DATE_TEXT_FROM + i).toString();
    }
    return out;
  }

  private static String[] intTexts(int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = Integer.toString(i);
    }
    return out;
  }
}
