package be.terrain.cli.sample;

import be.terrain.core.RecordKind;

/**
 * Receives the rows a {@link SampleGenerator} emits, one record at a time, as the cells of the
 * exchange format in {@link RecordKind#fields()} order ({@code null} for an empty cell). It can
 * feed a {@link be.terrain.core.DatasetBuilder} or write files.
 *
 * <p>The generator reuses the cell array between rows of one kind: a sink that keeps the cells must
 * copy the array (the strings themselves are immutable).
 */
@FunctionalInterface
public interface RowSink {
  /**
   * Receives one row.
   *
   * @param kind the record kind; rows come kind by kind in {@link RecordKind} order
   * @param cells the cells in {@code kind.fields()} order, null for empty; reused after the call
   */
  void row(RecordKind kind, String[] cells);
}
