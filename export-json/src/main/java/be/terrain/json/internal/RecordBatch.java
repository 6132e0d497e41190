package be.terrain.json.internal;

import be.terrain.core.DatasetBuilder;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.RecordKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a parser read, in order, before it goes to a {@link DatasetBuilder}: rows as slices of one
 * character buffer (no string per cell) and problems, each problem before the row it was reported
 * before. {@link #replay} hands everything to the builder in the order it was read, so that reading
 * into a batch first gives the builder the same calls as reading into it directly; a batch filled
 * on another thread can be replayed on the builder's, its lines shifted by where its chunk of the
 * input starts.
 */
final class RecordBatch {
  /** A cell that was null or absent. */
  static final long NULL_CELL = -1L;

  /** A cell that could not be read and was reported ({@link DatasetBuilder#UNREADABLE_CELL}). */
  static final long BAD_CELL = -2L;

  private static final RecordKind[] KINDS = RecordKind.values();

  private char[] chars;
  private int used;
  private int[] bounds;
  private int boundsUsed;
  private byte[] kinds;
  private int[] positions;
  private int rows;
  private final List<Problem> problems = new ArrayList<>();
  private int[] problemBefore = new int[8];

  /** An empty batch. */
  RecordBatch() {
    this(4096);
  }

  /**
   * An empty batch sized for the records of that many bytes of JSON, so that reading them does not
   * grow it (the values of a record are fewer characters than its JSON's bytes).
   */
  RecordBatch(int bytes) {
    chars = new char[Math.max(16, bytes)];
    bounds = new int[Math.max(16, bytes / 8)];
    kinds = new byte[Math.max(16, bytes / 64)];
    positions = new int[kinds.length];
  }

  /** Appends characters; returns where they start. */
  int append(char[] c, int off, int len) {
    int start = used;
    ensure(len);
    System.arraycopy(c, off, chars, used, len);
    used += len;
    return start;
  }

  /** Appends one character. */
  void append(char c) {
    ensure(1);
    chars[used++] = c;
  }

  /** The number of characters held. */
  int length() {
    return used;
  }

  /** Forgets the characters from {@code mark} on (a cell read that was not kept). */
  void truncate(int mark) {
    used = mark;
  }

  /** The text of a cell, or null when it is not text. */
  String text(long cell) {
    if (cell < 0) {
      return null;
    }
    int start = (int) (cell >>> 32);
    return new String(chars, start, (int) cell - start);
  }

  /** A cell of the characters {@code [start, end)}. */
  static long cell(int start, int end) {
    return ((long) start << 32) | end;
  }

  private void ensure(int more) {
    if (used + more > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + more));
    }
  }

  /** Adds a row of cells ({@link #cell}, {@link #NULL_CELL} or {@link #BAD_CELL}). */
  void addRow(RecordKind kind, long[] cells, int count, int position) {
    if (rows == kinds.length) {
      kinds = Arrays.copyOf(kinds, rows * 2);
      positions = Arrays.copyOf(positions, rows * 2);
    }
    kinds[rows] = (byte) kind.ordinal();
    positions[rows] = position;
    rows++;
    if (boundsUsed + 2 * count > bounds.length) {
      bounds = Arrays.copyOf(bounds, Math.max(bounds.length * 2, boundsUsed + 2 * count));
    }
    for (int f = 0; f < count; f++) {
      long c = cells[f];
      bounds[boundsUsed++] = c < 0 ? (int) c : (int) (c >>> 32);
      bounds[boundsUsed++] = c < 0 ? 0 : (int) c;
    }
  }

  /** Adds a problem, before the rows added after it. */
  void report(Problem problem) {
    if (problems.size() == problemBefore.length) {
      problemBefore = Arrays.copyOf(problemBefore, problemBefore.length * 2);
    }
    problemBefore[problems.size()] = rows;
    problems.add(problem);
  }

  /** The number of problems held. */
  int problemCount() {
    return problems.size();
  }

  /** The number of rows held. */
  int rows() {
    return rows;
  }

  /** Whether nothing is held. */
  boolean isEmpty() {
    return rows == 0 && problems.isEmpty();
  }

  /**
   * Hands the rows and problems to the builder in the order they were read, then empties the batch.
   *
   * @param builder where the rows go: the builder, a run at a time
   * @param lineShift added to every row's position and every problem's line (0: as read)
   */
  void replay(RowRuns builder, int lineShift) {
    CharSequence[][] cells = new CharSequence[KINDS.length][];
    Slice[][] slices = new Slice[KINDS.length][];
    int p = 0;
    int b = 0;
    for (int r = 0; r < rows; r++) {
      while (p < problems.size() && problemBefore[p] == r) {
        builder.report(shift(problems.get(p++), lineShift));
      }
      RecordKind kind = KINDS[kinds[r]];
      int k = kind.ordinal();
      if (cells[k] == null) {
        int n = kind.fields().size();
        cells[k] = new CharSequence[n];
        slices[k] = new Slice[n];
        for (int f = 0; f < n; f++) {
          slices[k][f] = new Slice(chars);
        }
      }
      CharSequence[] row = cells[k];
      for (int f = 0; f < row.length; f++) {
        int start = bounds[b++];
        int end = bounds[b++];
        if (start == (int) NULL_CELL) {
          row[f] = null;
        } else if (start == (int) BAD_CELL) {
          row[f] = DatasetBuilder.UNREADABLE_CELL;
        } else {
          Slice s = slices[k][f];
          s.from = start;
          s.to = end;
          row[f] = s;
        }
      }
      builder.addRow(kind, row, positions[r] + lineShift);
    }
    while (p < problems.size()) {
      builder.report(shift(problems.get(p++), lineShift));
    }
    clear();
  }

  private static Problem shift(Problem problem, int lineShift) {
    Location at = problem.location();
    if (lineShift == 0 || at.line().isEmpty()) {
      return problem;
    }
    return problem.at(
        new Location(
            at.file(),
            OptionalInt.of(at.line().getAsInt() + lineShift),
            at.column(),
            at.pointer()));
  }

  /** Empties the batch, keeping its buffers. */
  void clear() {
    used = 0;
    boundsUsed = 0;
    rows = 0;
    problems.clear();
  }

  /** Characters {@code [from, to)} of the batch's buffer, read while the batch is replayed. */
  private static final class Slice implements CharSequence {
    private final char[] chars;
    private int from;
    private int to;

    Slice(char[] chars) {
      this.chars = chars;
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      return chars[from + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(chars, from + start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, from, to - from);
    }
  }
}
