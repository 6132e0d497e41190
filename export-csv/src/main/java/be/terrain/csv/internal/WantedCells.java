package be.terrain.csv.internal;

/**
 * The columns a file's kind reads, found once from its header, and their cells taken straight from
 * each plain record's bytes (views, {@link AsciiCell}, not copies). Why: handing every cell of a
 * record to the sink one call at a time, then dropping those of the columns not read, was a large
 * share of the cold read's per-record cost (issue #13).
 */
final class WantedCells {
  private final int[] columns;
  private final int[] fields;
  private final boolean[] strip;
  private final AsciiCell[] views;

  /**
   * The wanted columns of a header.
   *
   * @param columnField per column, the field it is read into, or -1
   * @param stripColumn per column, whether a formula prefix is stripped from its cells
   */
  WantedCells(int[] columnField, boolean[] stripColumn) {
    int n = 0;
    for (int f : columnField) {
      n += f >= 0 ? 1 : 0;
    }
    columns = new int[n];
    fields = new int[n];
    strip = new boolean[n];
    views = new AsciiCell[n];
    for (int col = 0, w = 0; col < columnField.length; col++) {
      if (columnField[col] >= 0) {
        columns[w] = col;
        fields[w] = columnField[col];
        strip[w] = stripColumn[col];
        views[w++] = new AsciiCell();
      }
    }
  }

  /**
   * Puts the wanted cells of a plain record with the header's number of cells into {@code cells}
   * (by field), the formula prefix stripped where the column says so; the others are left as they
   * are.
   *
   * @param buf the record's bytes, at {@code [from, end)}
   * @param separators the separators' offsets from {@code from}, {@code count} of them
   */
  void take(byte[] buf, int from, int end, int[] separators, int count, CharSequence[] cells) {
    int[] cols = columns;
    for (int w = 0; w < cols.length; w++) {
      int col = cols[w];
      int start = from + (col == 0 ? 0 : separators[col - 1] + 1);
      int stop = col == count ? end : from + separators[col];
      AsciiCell c = views[w];
      if (strip[w] && CsvText.hasFormulaPrefix(buf, start, stop - start)) {
        c.set(buf, start + 1, stop - start - 1);
      } else {
        c.set(buf, start, stop - start);
      }
      cells[fields[w]] = c;
    }
  }
}
