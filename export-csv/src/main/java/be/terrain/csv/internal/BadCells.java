package be.terrain.csv.internal;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.util.Arrays;

/**
 * The cells of one CSV record that could not be read (broken quoting, invalid UTF-8, too long),
 * each with its column and problem, kept until the record's id is known. Reused from record to
 * record. At most {@link #MAX_KEPT} are kept per record (a row of millions of broken cells would
 * otherwise hold them all until its end); the others are only counted ({@link #overflow()}).
 */
final class BadCells {
  /** The most cells kept per record. */
  static final int MAX_KEPT = HeaderNames.MAX_COLUMNS;

  private int count;
  private long overflow;
  private int[] columns = new int[4];
  private ProblemCode[] codes = new ProblemCode[4];
  private String[] values = new String[4];
  private Object[][] args = new Object[4][];

  /** Forgets the cells of the record before. */
  void clear() {
    count = 0;
    overflow = 0;
  }

  /** The problem of a row's cells past the {@link #MAX_KEPT} kept (when {@link #overflow()}). */
  Problem overflowProblem(Location row, RecordKind kind, String id) {
    return Problem.of(ProblemCodes.LIMIT_EXCEEDED)
        .at(row)
        .record(kind, id)
        .args(
            overflow
                + " more cells that cannot be read in this row, past the "
                + MAX_KEPT
                + " reported")
        .build();
  }

  /** How many cells could not be read past the {@link #MAX_KEPT} kept. */
  long overflow() {
    return overflow;
  }

  /** How many cells could not be read. */
  int count() {
    return count;
  }

  /** Keeps a cell that could not be read: its column (from 0), problem and value as shown. */
  void add(int column, ProblemCode code, String shown, Object[] problemArgs) {
    if (count == MAX_KEPT) {
      overflow++;
      return;
    }
    if (count == columns.length) {
      int n = Math.min(MAX_KEPT, count * 2);
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
