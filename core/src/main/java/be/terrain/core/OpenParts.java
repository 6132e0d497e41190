package be.terrain.core;

import be.terrain.core.internal.BoundedProblems;
import be.terrain.core.internal.DatasetParts;
import be.terrain.core.internal.IdPool;
import be.terrain.core.internal.TableBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * The {@link DatasetPart parts} of a {@link DatasetBuilder} that are open: where each kind's field
 * problems go, and which parts were opened ahead of the persons (see {@link
 * DatasetBuilder#partAhead}) and wait for them to take their place. Used on the builder's thread.
 */
final class OpenParts {
  private final Map<RecordKind, IdPool> pools;
  private final Map<RecordKind, TableBuilder> tables;
  private final BoundedProblems problems;

  /** Where each kind's field problems go: the builder's {@link #problems}, or its open part's. */
  private final BoundedProblems[] targets = new BoundedProblems[RecordKind.values().length];

  private final DatasetPart[] open = new DatasetPart[RecordKind.values().length];
  private int count;

  /** The open parts opened ahead of the persons, until they are in. */
  private final List<DatasetPart> ahead = new ArrayList<>();

  /** Read by the threads filling the parts opened ahead: set once the persons are in. */
  private final AtomicBoolean personsIn = new AtomicBoolean();

  OpenParts(
      Map<RecordKind, IdPool> pools,
      Map<RecordKind, TableBuilder> tables,
      BoundedProblems problems) {
    this.pools = pools;
    this.tables = tables;
    this.problems = problems;
    Arrays.fill(targets, problems);
  }

  /** {@return where the field problems of the kind go now} */
  BoundedProblems target(RecordKind kind) {
    return targets[kind.ordinal()];
  }

  /** {@return whether the builder itself takes rows of the kind now} */
  boolean builderTakes(RecordKind kind) {
    return count <= (kind == RecordKind.PERSON ? ahead.size() : 0);
  }

  /** {@return whether any part is open} */
  boolean any() {
    return count > 0;
  }

  /** {@return whether a part of the kind is open} */
  boolean isOpen(RecordKind kind) {
    return open[kind.ordinal()] != null;
  }

  /** See {@link DatasetBuilder#part} and {@link DatasetBuilder#partAhead}. */
  DatasetPart open(DatasetBuilder builder, RecordKind kind, boolean beforePersons, IntSupplier l) {
    if (kind == RecordKind.ORGANISATION
        || kind == RecordKind.ANTENNA
        || kind == RecordKind.PERSON) {
      throw new IllegalArgumentException(
          "a part takes profiles or activities; " + kind + " rows go to the builder itself");
    }
    if (isOpen(kind)) {
      throw new IllegalStateException("a part of kind " + kind + " is open already");
    }
    TableBuilder table = tables.get(kind);
    if (DatasetParts.isSealed(table)) {
      throw new IllegalStateException("the " + kind + " rows are sealed: no part may be opened");
    }
    boolean deferred = beforePersons && !personsIn.get();
    if (!deferred) {
      personsIn();
    }
    if (count == 0) {
      // the pools parts look references up in, which stay as they are while parts are open
      pools.get(RecordKind.ANTENNA).index();
      if (!deferred) {
        pools.get(RecordKind.PERSON).index();
      }
    }
    DatasetPart part = new DatasetPart(builder, kind, table, l);
    table.lookUpReferences();
    if (deferred) {
      table.deferPersonsUntil(personsIn::get);
      ahead.add(part);
    } else {
      problems.mark(part);
    }
    targets[kind.ordinal()] = part.problems;
    open[kind.ordinal()] = part;
    count++;
    return part;
  }

  /** See {@link DatasetBuilder#personsIn}. */
  void personsIn() {
    if (ahead.isEmpty()) {
      return;
    }
    pools.get(RecordKind.PERSON).index(); // before the parts' threads see the flag
    ahead.forEach(problems::mark);
    ahead.clear();
    personsIn.set(true);
  }

  /** A part closed (a part opened ahead says so that the persons are in). */
  void closed(RecordKind kind) {
    personsIn();
    targets[kind.ordinal()] = problems;
    open[kind.ordinal()] = null;
    count--;
  }
}
