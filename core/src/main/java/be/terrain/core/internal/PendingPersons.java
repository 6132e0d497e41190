package be.terrain.core.internal;

import java.util.Arrays;

/**
 * The person reference cells of a table filled while the persons are still coming (see {@link
 * TableBuilder#deferPersonsUntil}): each cell's text, row and validity, kept in the order they came
 * until the persons are all in and they can be looked up. The text is copied (the reader reuses its
 * cells); ids are short, so a million cells take about 30 MB.
 */
final class PendingPersons {
  private char[] chars = new char[1024];
  private int used;
  private final IntArray ends = new IntArray();

  /** Each cell's row, or {@code ~row} for a cell that is not a valid id. */
  private final IntArray rows = new IntArray();

  /** Keeps a cell. */
  void add(int row, CharSequence cell, boolean valid) {
    int n = cell.length();
    if (used + n > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(used + n, chars.length * 2));
    }
    for (int i = 0; i < n; i++) {
      chars[used + i] = cell.charAt(i);
    }
    used += n;
    ends.add(used);
    rows.add(valid ? row : ~row);
  }

  /** {@return how many cells are kept} */
  int size() {
    return rows.size();
  }

  /** {@return the row of the cell at {@code i}} */
  int row(int i) {
    int r = rows.get(i);
    return r < 0 ? ~r : r;
  }

  /** {@return whether the cell at {@code i} is a valid id} */
  boolean valid(int i) {
    return rows.get(i) >= 0;
  }

  /** {@return the text of the cell at {@code i}} */
  String text(int i) {
    int from = i == 0 ? 0 : ends.get(i - 1);
    return new String(chars, from, ends.get(i) - from);
  }
}
