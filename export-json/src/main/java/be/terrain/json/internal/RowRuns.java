package be.terrain.json.internal;

import be.terrain.core.DatasetBuilder;
import be.terrain.core.DatasetPart;
import be.terrain.core.Problem;
import be.terrain.core.RecordKind;

/**
 * Where replayed rows go: the organisation, antennas and persons to the builder itself, and each
 * run of profiles or activities of one kind to a {@link DatasetPart} of that kind, opened at the
 * run's first row and closed at its end. A part looks persons up in batches, faster than the
 * builder row by row; and since a part's problems take the place where it was opened, and a problem
 * found during a run goes to the run's part, problems keep the order of the input, as if every row
 * had gone to the builder. Used by one thread; close it before building.
 */
final class RowRuns implements AutoCloseable {
  private final DatasetBuilder builder;
  private DatasetPart open;

  RowRuns(DatasetBuilder builder) {
    this.builder = builder;
  }

  /** Adds a row; the cells are read during the call only. */
  void addRow(RecordKind kind, CharSequence[] cells, int position) {
    if (kind == RecordKind.ORGANISATION
        || kind == RecordKind.ANTENNA
        || kind == RecordKind.PERSON) {
      close();
      builder.addRow(kind, cells, position);
      return;
    }
    if (open != null && open.kind() != kind) {
      close();
    }
    if (open == null) {
      open = builder.part(kind);
    }
    open.addRow(cells, position);
  }

  /** Adds a problem where the input is now. */
  void report(Problem problem) {
    if (open != null) {
      open.report(problem);
    } else {
      builder.report(problem);
    }
  }

  /** Ends the current run. Idempotent. */
  @Override
  public void close() {
    if (open != null) {
      open.close();
      open = null;
    }
  }
}
