package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.internal.BoundedProblems;
import be.terrain.core.internal.DatasetParts;
import be.terrain.core.internal.IdPool;
import be.terrain.core.internal.Table;
import be.terrain.core.internal.TableBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Collects one organisation's records into a {@link Dataset}. Applications add typed records;
 * format readers add rows of cells with {@link #addRow}. Adding never throws on bad data: every
 * field rule is checked on the way and what breaks one becomes a {@link Problem} that {@link
 * Dataset#validateWithoutPlugins} returns, with the record kept (nothing is ever dropped). Only a
 * null where a value is required is refused. Not thread-safe, but a reader may fill the profiles
 * and activities on other threads through {@link #part parts}; a builder builds once.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DatasetBuilder {
  /**
   * The cell a reader passes for a value it could not read and has already reported (compare by
   * identity), so that the builder neither reports it again nor takes it for an empty cell.
   */
  public static final String UNREADABLE_CELL = TableBuilder.INVALID_CELL;

  /** How many problems a dataset keeps unless told otherwise: see {@link #problemLimit}. */
  public static final int DEFAULT_PROBLEM_LIMIT = 10_000;

  private final CodeRegistry registry;
  private final Map<RecordKind, IdPool> pools = new EnumMap<>(RecordKind.class);
  private final Map<RecordKind, TableBuilder> tables = new EnumMap<>(RecordKind.class);
  private int problemLimit = DEFAULT_PROBLEM_LIMIT;
  private final BoundedProblems problems = new BoundedProblems(() -> problemLimit);

  /**
   * Where each kind's field problems go: {@link #problems}, or the list of the kind's open part.
   */
  private final BoundedProblems[] targets;

  private final DatasetPart[] openParts = new DatasetPart[RecordKind.values().length];
  private int openPartCount;
  private RecordLocator locator = RecordLocator.NONE;
  private volatile boolean built;
  private int orgRows;

  private record Pending(
      RecordKind kind, int row, int field, ProblemCode code, String value, Object[] args) {}

  DatasetBuilder(CodeRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
    this.targets = new BoundedProblems[RecordKind.values().length];
    java.util.Arrays.fill(targets, problems);
    TableBuilder.Sink sink =
        (kind, row, field, code, value, args) ->
            targets[kind.ordinal()].add(
                new Pending(
                    kind, row, field, code, value == null ? null : Problem.shorten(value), args));
    for (RecordKind kind : RecordKind.values()) {
      boolean referenced = kind == RecordKind.PERSON || kind == RecordKind.ANTENNA;
      pools.put(kind, referenced ? new IdPool() : IdPool.ofRecordIds());
    }
    for (RecordKind kind : RecordKind.values()) {
      tables.put(
          kind,
          DatasetParts.tableBuilder(
              kind,
              registry,
              pools.get(kind),
              pools.get(RecordKind.PERSON),
              pools.get(RecordKind.ANTENNA),
              sink));
    }
  }

  /** {@return the registry codes are checked against} */
  public CodeRegistry registry() {
    return registry;
  }

  /**
   * Keeps at most this many problems (default {@value #DEFAULT_PROBLEM_LIMIT}), the first in the
   * order {@link ValidationResult} gives; the others are counted, not stored ({@link
   * ValidationResult#omitted()}), so that a wholly wrong input is answered in bounded memory.
   *
   * @param limit the most problems kept, at least 1
   * @return this builder, for chaining
   * @throws IllegalArgumentException when the limit is below 1
   */
  public DatasetBuilder problemLimit(int limit) {
    checkOpen();
    if (limit < 1) {
      throw new IllegalArgumentException("the problem limit must be at least 1: " + limit);
    }
    this.problemLimit = limit;
    return this;
  }

  /**
   * Where the rows added next come from, for locating problems.
   *
   * @param newLocator turns a row's position into a {@link Location} for the rows added from now on
   * @return this builder, for chaining
   */
  public DatasetBuilder locator(RecordLocator newLocator) {
    this.locator = requireNonNull(newLocator, "locator");
    return this;
  }

  /**
   * Adds a row of cells as a format reader reads it.
   *
   * @param kind the record kind
   * @param cells the cells in the order of {@link RecordKind#fields()}; null or empty for an empty
   *     cell, {@link #UNREADABLE_CELL} for a cell already reported; read during the call only (a
   *     reader may pass slices of its buffer and reuse them)
   * @param position where the row is in the input (a line, an index), handed back to the {@link
   *     RecordLocator}
   * @return this builder, for chaining
   */
  public DatasetBuilder addRow(RecordKind kind, CharSequence[] cells, int position) {
    checkOpen();
    requireNonNull(kind, "kind");
    requireNonNull(cells, "cells");
    if (openPartCount > 0) {
      throw new IllegalStateException(
          "rows go to the open parts while there are some: close them before adding "
              + kind
              + " rows to the builder");
    }
    TableBuilder t = tables.get(kind);
    if (DatasetParts.isSealed(t)) {
      throw new IllegalStateException("the " + kind + " rows are sealed: no row may be added");
    }
    if (kind == RecordKind.ORGANISATION && ++orgRows > 1) {
      problems.add(
          new Pending(kind, t.size(), -1, ProblemCodes.ORGANISATION_COUNT, null, new Object[0]));
    }
    t.add(cells, position);
    return this;
  }

  /**
   * Opens a part of the builder that takes the rows of one kind of profile or activity, so that a
   * reader can fill several kinds at once, each on its own thread (the files of a CSV folder, say).
   * Rows added to a part and problems reported to it take, in the dataset and among its problems,
   * the place where the part was opened, as if they had been added to the builder there and then:
   * the result does not depend on how the threads ran. References to persons and antennas are
   * resolved as the builder's own are.
   *
   * <p>Rules (checked): the organisation, antennas and persons are added to the builder itself,
   * before the parts that refer to them are opened; at most one open part per kind; while any part
   * is open the builder takes no rows itself; every part is closed before {@link #build()}; a
   * {@link #seal sealed} kind takes no part. Parts are opened and closed on the builder's thread; a
   * part is used by one thread at a time, and different parts may be used at the same time.
   *
   * @param kind a profile or activity kind
   * @return the open part; close it (it is {@link AutoCloseable}) on the thread that opened it
   * @throws IllegalArgumentException for the organisation, antennas or persons
   * @throws IllegalStateException when a part of the kind is open already, or the kind is sealed
   */
  public DatasetPart part(RecordKind kind) {
    checkOpen();
    requireNonNull(kind, "kind");
    if (kind == RecordKind.ORGANISATION
        || kind == RecordKind.ANTENNA
        || kind == RecordKind.PERSON) {
      throw new IllegalArgumentException(
          "a part takes profiles or activities; " + kind + " rows go to the builder itself");
    }
    if (openParts[kind.ordinal()] != null) {
      throw new IllegalStateException("a part of kind " + kind + " is open already");
    }
    if (DatasetParts.isSealed(tables.get(kind))) {
      throw new IllegalStateException("the " + kind + " rows are sealed: no part may be opened");
    }
    if (openPartCount == 0) {
      // the pools parts look references up in, which stay as they are while parts are open
      pools.get(RecordKind.PERSON).index();
      pools.get(RecordKind.ANTENNA).index();
    }
    DatasetPart part = new DatasetPart(this, kind, tables.get(kind), () -> problemLimit);
    tables.get(kind).lookUpReferences();
    problems.mark(part);
    targets[kind.ordinal()] = part.problems;
    openParts[kind.ordinal()] = part;
    openPartCount++;
    return part;
  }

  /** A part closed: the kind's problems go to the builder again (see {@link DatasetPart#close}). */
  void partClosed(RecordKind kind) {
    targets[kind.ordinal()] = problems;
    openParts[kind.ordinal()] = null;
    openPartCount--;
  }

  /**
   * Says that no more rows of this kind will come, so that the builder freezes the kind's table
   * now, on the calling thread (the builder's, as for opening and closing parts), rather than in
   * {@link #build()}. A reader that fills several kinds at once seals each kind as its rows end
   * (closing its part first): copying the columns of millions of rows then overlaps the reading of
   * the other kinds. The dataset is the same as without it. Sealing a kind again does nothing;
   * afterwards, adding a row of the kind or opening a part of it throws {@link
   * IllegalStateException}.
   *
   * @param kind the kind whose rows are all in
   * @return this builder, for chaining
   * @throws IllegalStateException when a part of the kind is open, or the builder has built
   */
  public DatasetBuilder seal(RecordKind kind) {
    checkOpen();
    requireNonNull(kind, "kind");
    if (openParts[kind.ordinal()] != null) {
      throw new IllegalStateException("close the part of kind " + kind + " before sealing it");
    }
    DatasetParts.seal(tables.get(kind));
    return this;
  }

  /**
   * A hint from a reader: about this many rows of the kind are coming (estimated from a file's
   * length, say), so that the kind's id index, if its ids come unsorted, is sized once for them
   * rather than grown. Changes no result; call it before the kind's rows are added.
   *
   * @param kind the kind of the rows to come
   * @param rows about how many (a hint: fewer or more may come)
   * @return this builder, for chaining
   */
  public DatasetBuilder expectRows(RecordKind kind, long rows) {
    checkOpen();
    pools.get(requireNonNull(kind, "kind")).expect((int) Math.min(rows, Integer.MAX_VALUE / 4));
    return this;
  }

  /**
   * Adds a problem a reader found in the input's structure (bad quoting, unknown column...).
   *
   * @param problem the problem, located by the reader
   * @return this builder, for chaining
   */
  public DatasetBuilder report(Problem problem) {
    checkOpen();
    problems.add(requireNonNull(problem, "problem"));
    return this;
  }

  /**
   * Sets the organisation.
   *
   * @param o the organisation (one per dataset)
   * @return this builder, for chaining
   */
  public DatasetBuilder organisation(Organisation o) {
    return addRow(RecordKind.ORGANISATION, RecordCells.of(o), -1);
  }

  /**
   * Adds an antenna.
   *
   * @param a the antenna
   * @return this builder, for chaining
   */
  public DatasetBuilder add(Antenna a) {
    return addRow(RecordKind.ANTENNA, RecordCells.of(a), -1);
  }

  /**
   * Adds a person.
   *
   * @param p the person
   * @return this builder, for chaining
   */
  public DatasetBuilder add(Person p) {
    return addRow(RecordKind.PERSON, RecordCells.of(p), -1);
  }

  /**
   * Adds a profile assessment.
   *
   * @param p the assessment of a person at a date
   * @return this builder, for chaining
   */
  public DatasetBuilder add(ProfileSnapshot p) {
    return addRow(RecordKind.PROFILE, RecordCells.of(p), -1);
  }

  /**
   * Adds a contact.
   *
   * @param c the contact row, identified or anonymous
   * @return this builder, for chaining
   */
  public DatasetBuilder add(Contact c) {
    return addRow(RecordKind.CONTACT, RecordCells.of(c), -1);
  }

  /**
   * Adds an accompaniment.
   *
   * @param a the accompaniment
   * @return this builder, for chaining
   */
  public DatasetBuilder add(Accompaniment a) {
    return addRow(RecordKind.ACCOMPANIMENT, RecordCells.of(a), -1);
  }

  /**
   * Adds a health intervention.
   *
   * @param h the intervention (nursing care, paramedical accompaniment or medical consultation)
   * @return this builder, for chaining
   */
  public DatasetBuilder add(HealthIntervention h) {
    return addRow(RecordKind.HEALTH, RecordCells.of(h), -1);
  }

  /**
   * Adds a distribution act, one row per item.
   *
   * @param d the act, with at least one item
   * @return this builder, for chaining
   */
  public DatasetBuilder add(DistributionAct d) {
    if (d.items().isEmpty()) {
      // kept as one row without an item (see RecordCells.ofActWithoutItems): nothing is dropped
      return addRow(RecordKind.DISTRIBUTION, RecordCells.ofActWithoutItems(d), -1);
    }
    for (DistributionItem item : d.items()) {
      addRow(
          RecordKind.DISTRIBUTION,
          RecordCells.of(d.id(), d.date(), d.antennaId(), d.personId(), item),
          -1);
    }
    return this;
  }

  /**
   * {@return the dataset} Its field problems are kept for {@link Dataset#validateWithoutPlugins}.
   *
   * @throws IllegalStateException when called twice
   */
  public Dataset build() {
    checkOpen();
    if (openPartCount > 0) {
      throw new IllegalStateException("close every part before building the dataset");
    }
    built = true;
    Map<RecordKind, Table> frozen = new EnumMap<>(RecordKind.class);
    tables.forEach((k, t) -> frozen.put(k, DatasetParts.freeze(t)));
    DatasetParts parts = new DatasetParts(registry, frozen, pools, locator);
    if (orgRows == 0) {
      problems.add(
          Problem.of(ProblemCodes.ORGANISATION_COUNT)
              .at(locator.locate(RecordKind.ORGANISATION, -1, null))
              .record(RecordKind.ORGANISATION, null)
              .build());
    }
    List<Problem> resolved = new ArrayList<>();
    long omitted = problems.omitted();
    for (Object p : problems.items()) {
      if (p instanceof DatasetPart part) {
        omitted += part.problems.omitted();
        for (Object q : part.problems.items()) {
          omitted += keep(resolved, parts, q);
        }
      } else {
        omitted += keep(resolved, parts, p);
      }
    }
    return new Dataset(parts, resolved, omitted, problemLimit);
  }

  /** Adds the problem when under the limit: 0, else 1 (omitted). */
  private int keep(List<Problem> resolved, DatasetParts parts, Object p) {
    if (resolved.size() >= problemLimit) {
      return 1;
    }
    resolved.add(resolve(parts, p));
    return 0;
  }

  private static Problem resolve(DatasetParts parts, Object p) {
    return p instanceof Pending q
        ? parts.problem(q.kind(), q.row(), q.field(), q.code(), q.value(), q.args())
        : (Problem) p;
  }

  void checkOpen() {
    if (built) {
      throw new IllegalStateException("this builder has already built its dataset");
    }
  }
}
