package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.internal.BoundedProblems;
import be.terrain.core.internal.TableBuilder;
import java.util.function.IntSupplier;
import org.apiguardian.api.API;

/**
 * The rows of one kind of a {@link DatasetBuilder}, filled on their own thread: see {@link
 * DatasetBuilder#part}. The cells given are only read during the call (a reader may reuse them and
 * its buffers).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DatasetPart implements AutoCloseable {
  private final DatasetBuilder builder;
  private final RecordKind kind;
  private final TableBuilder table;

  /** The part's problems, taking the part's place among the builder's. */
  final BoundedProblems problems;

  private boolean closed;

  DatasetPart(DatasetBuilder builder, RecordKind kind, TableBuilder table, IntSupplier limit) {
    this.builder = builder;
    this.kind = kind;
    this.table = table;
    this.problems = new BoundedProblems(limit);
  }

  /** {@return the kind of the rows} */
  public RecordKind kind() {
    return kind;
  }

  /**
   * Adds a row, as {@link DatasetBuilder#addRow} does.
   *
   * @param cells the cells in the order of {@link RecordKind#fields()}; null or empty for an empty
   *     cell, {@link DatasetBuilder#UNREADABLE_CELL} for a cell already reported; read during the
   *     call only
   * @param position where the row is in the input, handed back to the {@link RecordLocator}
   * @return this part, for chaining
   */
  public DatasetPart addRow(CharSequence[] cells, int position) {
    requireNonNull(cells, "cells");
    checkPartOpen();
    table.add(cells, position);
    return this;
  }

  /**
   * Adds a problem a reader found in the input's structure, at the part's place.
   *
   * @param problem the problem, located by the reader
   * @return this part, for chaining
   */
  public DatasetPart report(Problem problem) {
    requireNonNull(problem, "problem");
    checkPartOpen();
    problems.add(problem);
    return this;
  }

  /** Closes the part: the builder takes rows again once every part is closed. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    // references still waiting for a batched look-up, while the pools are as they were
    table.resolveWaitingPersons();
    builder.partClosed(kind);
    // The pools keep their look-up index until build() trims them (or a new id replaces it), so
    // that a reader opening one part after another (a run of rows of each kind) indexes once.
  }

  private void checkPartOpen() {
    if (closed) {
      throw new IllegalStateException("this part of kind " + kind + " is closed");
    }
    builder.checkOpen();
  }
}
