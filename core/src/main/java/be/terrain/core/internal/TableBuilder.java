package be.terrain.core.internal;

import be.terrain.core.CodeRegistry;
import be.terrain.core.ProblemCode;
import be.terrain.core.RecordKind;

/**
 * Reads the cells of one record kind into columns, applying every field rule on the way (the bulk
 * validation path: no reflection, no object per record). Problems go to a {@link Sink}.
 *
 * <p>Puts together the parts of a table's reading: the {@link Columns} the cells go to, the {@link
 * CellReader} that reads a cell by its type, the {@link References} that resolve person and antenna
 * ids, and the {@link KindChecks} that apply the kind rules to each row.
 */
public final class TableBuilder {
  /** Receives field problems. */
  public interface Sink {
    /** A problem on a row's field. */
    void problem(
        RecordKind kind, int row, int field, ProblemCode code, String value, Object... args);
  }

  /** A cell a reader already reported as unreadable (compare by identity). */
  @SuppressWarnings("StringOperationCanBeSimplified")
  public static final String INVALID_CELL = new String("\u0000invalid");

  private final RecordKind kind;
  private final int fieldCount;
  private final Columns columns;
  private final References references;
  private final CellReader reader;
  private final KindChecks kindChecks;

  /** The frozen columns, once {@link #seal sealed}. */
  private Table sealed;

  private boolean built;

  TableBuilder(
      RecordKind kind,
      CodeRegistry registry,
      IdPool ownIds,
      IdPool personIds,
      IdPool antennaIds,
      Sink sink) {
    this.kind = kind;
    this.columns = new Columns(Schema.fields(kind));
    this.fieldCount = columns.fields.length;
    int personField = kind.fieldIndex("person_id");
    this.references =
        new References(
            kind, sink, personIds, antennaIds, personField < 0 ? null : columns.ints[personField]);
    this.reader = new CellReader(kind, registry, columns, ownIds, references, sink);
    this.kindChecks = KindChecks.of(kind, columns, reader, sink);
  }

  /**
   * From now on, references to persons and antennas are found in the shared pools, which only read
   * them (the caller guarantees they do not change meanwhile), so that this builder may fill on
   * another thread than the builders of other kinds; ids no record has yet are kept here and added
   * to the shared pools when the table is built.
   */
  public void lookUpReferences() {
    references.lookUp();
  }

  /** The number of rows so far. */
  public int size() {
    return columns.size();
  }

  /**
   * Adds a row.
   *
   * @param cells the cells in canonical field order; null or empty for an empty cell, {@link
   *     #INVALID_CELL} for a cell the reader already reported
   * @param position where the reader found the row (line or index), for locating problems
   */
  public void add(CharSequence[] cells, int position) {
    // (no row after seal: the builder refuses it before, and a sealed kind has no open part)
    int row = columns.addRow(position);
    for (int f = 0; f < fieldCount; f++) {
      CharSequence cell = f < cells.length ? cells[f] : null;
      reader.read(row, f, cell);
    }
    kindChecks.check(row, cells);
  }

  /**
   * Resolves the person references waiting to be looked up; the builder calls it before the shared
   * pools change again (when a part closes).
   */
  public void resolveWaitingPersons() {
    references.resolveWaiting();
  }

  /**
   * Freezes the columns now, on the calling thread, so that {@link #build} has little left to do:
   * no row may be added after. The references to ids no record had while looking up are resolved at
   * build, which adds them to the shared pools (that must not change while other builders look
   * references up in them).
   */
  void seal() {
    if (sealed != null) {
      return;
    }
    references.resolveWaiting();
    sealed = columns.freeze(kind);
  }

  /** Whether {@link #seal} was called. */
  boolean isSealed() {
    return sealed != null;
  }

  /**
   * Seals the table if not done yet, then resolves the references to ids unknown while looking up.
   * Called once, by the builder's build (the columns it returns are then resolved in place).
   *
   * @throws IllegalStateException when called twice
   */
  Table build() {
    if (built) {
      throw new IllegalStateException("the " + kind + " table is built already");
    }
    built = true;
    seal();
    references.resolveUnknown(sealed, columns.fields);
    return sealed;
  }
}
