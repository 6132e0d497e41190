package be.terrain.csv.internal;

import be.terrain.core.DatasetBuilder;
import be.terrain.core.DatasetPart;
import be.terrain.core.Problem;
import be.terrain.core.RecordKind;

/**
 * Where the rows and problems of one file go: the dataset builder itself (organisation, antennas,
 * persons, read first) or a {@link DatasetPart} filled on its own thread.
 */
interface RowTarget {
  /** Adds a row; the cells are read during the call only. */
  void addRow(RecordKind kind, CharSequence[] cells, int line);

  /** Adds a problem of the file's structure. */
  void report(Problem problem);

  /** The builder itself. */
  static RowTarget of(DatasetBuilder builder) {
    return new RowTarget() {
      @Override
      public void addRow(RecordKind kind, CharSequence[] cells, int line) {
        builder.addRow(kind, cells, line);
      }

      @Override
      public void report(Problem problem) {
        builder.report(problem);
      }
    };
  }

  /** A part of the builder. */
  static RowTarget of(DatasetPart part) {
    return new RowTarget() {
      @Override
      public void addRow(RecordKind kind, CharSequence[] cells, int line) {
        part.addRow(cells, line);
      }

      @Override
      public void report(Problem problem) {
        part.report(problem);
      }
    };
  }
}
