package be.terrain.csv.internal;

import be.terrain.core.ProblemCode;
import java.util.Arrays;

/**
 * The cells of one CSV record that could not be read (broken quoting, invalid UTF-8, too long),
 * each with its column and problem, kept until the record's id is known. Reused from record to
 * record.
 */
final class BadCells {
  private int count;
  private int[] columns = new int[4];
  private ProblemCode[] codes = new ProblemCode[4];
  private String[] values = new String[4];
  private Object[][] args = new Object[4][];

  /** Forgets the cells of the record before. */
  void clear() {
    count = 0;
  }

  /** How many cells could not be read. */
  int count() {
    return count;
  }

  /** Keeps a cell that could not be read: its column (from 0), problem and value as shown. */
  void add(int column, ProblemCode code, String shown, Object[] problemArgs) {
    if (count == columns.length) {
      int n = count * 2;
      columns = Arrays.copyOf(columns, n);
      codes = Arrays.copyOf(codes, n);
      values = Arrays.copyOf(values, n);
      args = Arrays.copyOf(args, n);
    }
    columns[count] = column;
    codes[count] = code;
    values[count] = shown;
    args[count] = problemArgs;
    count++;
  }

  /** The column of the {@code i}th cell, from 0. */
  int column(int i) {
    return columns[i];
  }

  /** The problem code of the {@code i}th cell. */
  ProblemCode code(int i) {
    return codes[i];
  }

  /** The value of the {@code i}th cell as shown. */
  String value(int i) {
    return values[i];
  }

  /** The arguments of the {@code i}th cell's problem. */
  Object[] args(int i) {
    return args[i];
  }
}
