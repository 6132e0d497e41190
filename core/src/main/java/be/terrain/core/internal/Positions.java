package be.terrain.core.internal;

/**
 * Where each row of a table was read (a line, an index), stored as runs: a file's rows usually sit
 * on consecutive lines, so that millions of rows take a few ints instead of one each. A run
 * starting at a negative position (unknown) stays at it.
 */
public final class Positions {
  private final int[] runRows;
  private final int[] runValues;
  private final int size;

  private Positions(int[] runRows, int[] runValues, int size) {
    this.runRows = runRows;
    this.runValues = runValues;
    this.size = size;
  }

  /** The number of rows. */
  public int size() {
    return size;
  }

  /** The position of a row. */
  public int at(int row) {
    if (row < 0 || row >= size) {
      throw new IndexOutOfBoundsException("no row " + row + " of " + size);
    }
    int lo = 0;
    int hi = runRows.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (runRows[mid] <= row) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int v = runValues[lo];
    return v < 0 ? v : v + (row - runRows[lo]);
  }

  /** Collects positions row by row. */
  public static final class Builder {
    private final IntArray runRows = new IntArray();
    private final IntArray runValues = new IntArray();
    private int size;
    private int last;

    /** Adds the next row's position. */
    public void add(int position) {
      boolean continues = size > 0 && (last < 0 ? position == last : position == last + 1);
      if (!continues) {
        runRows.add(size);
        runValues.add(position);
      }
      last = position;
      size++;
    }

    /** The positions. */
    public Positions build() {
      return new Positions(runRows.toArray(), runValues.toArray(), size);
    }
  }
}
