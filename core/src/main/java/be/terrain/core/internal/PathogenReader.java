package be.terrain.core.internal;

import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;

/**
 * Reads a cell of pathogen codes separated by {@code |} into a bit set (a {@link FieldReader} of
 * its own, the longest of them): every unknown code is a problem, a repeated code one problem for
 * the cell.
 */
final class PathogenReader extends FieldReader {
  private final IntArray column;
  private final CellLookups.Codes lookup;
  private final String listId;

  PathogenReader(
      RecordKind kind, int f, Columns columns, TableBuilder.Sink sink, CellLookups.Codes lookup) {
    super(kind, f, columns, sink);
    this.column = columns.ints[f];
    this.lookup = lookup;
    this.listId = lookup.listId();
  }

  @Override
  void read(int row, CharSequence cell) {
    int mask = 0;
    boolean bad = false;
    boolean repeated = false;
    int from = 0;
    int n = cell.length();
    while (true) {
      int bar = from;
      while (bar < n && cell.charAt(bar) != '|') {
        bar++;
      }
      int index = lookup.indexOf(cell, from, bar);
      if (index < 0) {
        sink.problem(
            kind,
            row,
            f,
            ProblemCodes.UNKNOWN_CODE,
            cell.subSequence(from, bar).toString(),
            listId);
        bad = true;
      } else if ((mask & (1 << index)) != 0) {
        // one problem for the cell, however many repeats (each with the whole cell was n squared)
        if (!repeated) {
          sink.problem(kind, row, f, ProblemCodes.REPEATED_PATHOGEN, cell.toString());
          repeated = true;
        }
        bad = true;
      } else {
        mask |= 1 << index;
      }
      if (bar == n) {
        break;
      }
      from = bar + 1;
    }
    if (bad) {
      columns.invalid(row, f, cell.toString());
    } else {
      column.add(mask);
    }
  }
}
