package be.terrain.core.internal;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.RecordKind;
import be.terrain.core.RecordLocator;
import java.util.Arrays;
import java.util.Map;

/**
 * The storage behind a {@link be.terrain.core.Dataset}: frozen tables, the id pools, and references
 * resolved to row numbers. A reference column holds the referenced row (a person's dense number, an
 * antenna's index), {@link Table#ABSENT} when empty, or {@code -(poolIndex + 2)} when no record has
 * that id.
 */
public final class DatasetParts {
  private final CodeRegistry registry;
  private final Map<RecordKind, Table> tables;
  private final RecordLocator locator;
  private final Map<RecordKind, IdPool> ownPools;
  private final int[] personRowOfId;
  private final int[] antennaRowOfId;

  /** Freezes and links the tables. */
  public DatasetParts(
      CodeRegistry registry,
      Map<RecordKind, Table> tables,
      Map<RecordKind, IdPool> ownPools,
      RecordLocator locator) {
    this.registry = registry;
    this.ownPools = ownPools;
    IdPool personIds = ownPools.get(RecordKind.PERSON);
    IdPool antennaIds = ownPools.get(RecordKind.ANTENNA);
    this.tables = tables;
    this.locator = locator;
    this.personRowOfId = firstRows(tables.get(RecordKind.PERSON), personIds);
    this.antennaRowOfId = firstRows(tables.get(RecordKind.ANTENNA), antennaIds);
    int personsInOrder = identityPrefix(personRowOfId);
    int antennasInOrder = identityPrefix(antennaRowOfId);
    for (Table t : tables.values()) {
      resolve(t, "person_id", personRowOfId, personsInOrder);
      resolve(t, "antenna_id", antennaRowOfId, antennasInOrder);
    }
    ownPools.values().forEach(IdPool::trim);
  }

  /** A table builder (package access bridge for the public builder). */
  public static TableBuilder tableBuilder(
      RecordKind kind,
      CodeRegistry registry,
      IdPool own,
      IdPool personIds,
      IdPool antennaIds,
      TableBuilder.Sink sink) {
    return new TableBuilder(kind, registry, own, personIds, antennaIds, sink);
  }

  /** Seals a table builder: see {@link TableBuilder#seal}. */
  public static void seal(TableBuilder builder) {
    builder.seal();
  }

  /** Whether a table builder is sealed. */
  public static boolean isSealed(TableBuilder builder) {
    return builder.isSealed();
  }

  /** Freezes a table builder. */
  public static Table freeze(TableBuilder builder) {
    return builder.build();
  }

  private static int[] firstRows(Table t, IdPool pool) {
    int[] rows = new int[pool.size()];
    Arrays.fill(rows, -1);
    int[] ids = t.ints(Schema.ID);
    for (int r = 0; r < t.size(); r++) {
      int id = ids[r];
      if (id >= 0 && rows[id] < 0) {
        rows[id] = r;
      }
    }
    return rows;
  }

  /**
   * How many first pool indexes are their own row: usually every record's, since a pool numbers ids
   * in the order the rows come. References to those need no change, and {@link #resolve} need not
   * look them up (a random read in a table of a million persons, for each of millions of rows).
   */
  private static int identityPrefix(int[] rowOfId) {
    int n = 0;
    while (n < rowOfId.length && rowOfId[n] == n) {
      n++;
    }
    return n;
  }

  private static void resolve(Table t, String field, int[] rowOfId, int inOrder) {
    int f = t.kind().fieldIndex(field);
    if (f < 0) {
      return;
    }
    int[] col = t.ints(f);
    for (int r = 0; r < col.length; r++) {
      int id = col[r];
      if (id >= inOrder) {
        int row = id < rowOfId.length ? rowOfId[id] : -1;
        col[r] = row >= 0 ? row : -(id + 2);
      }
    }
  }

  /** The registry. */
  public CodeRegistry registry() {
    return registry;
  }

  /** A table. */
  public Table table(RecordKind kind) {
    return tables.get(kind);
  }

  /** The locator the reader gave. */
  public RecordLocator locator() {
    return locator;
  }

  /** The own-id pool entry of a row, as written, or null. */
  public String recordId(RecordKind kind, int row) {
    if (kind == RecordKind.PROFILE) {
      return null;
    }
    int id = tables.get(kind).ints(Schema.ID)[row];
    return id < 0 ? null : ownPools.get(kind).get(id);
  }

  /** The own-id pool of a kind. */
  public IdPool ownPool(RecordKind kind) {
    return ownPools.get(kind);
  }

  /** The text of a reference cell: the id as written, whether or not it resolved. */
  public String refText(Table t, int row, int field, boolean person) {
    int v = t.ints(field)[row];
    if (v == Table.ABSENT || v == Table.INVALID) {
      return null;
    }
    if (v >= 0) {
      return recordId(person ? RecordKind.PERSON : RecordKind.ANTENNA, v);
    }
    return ownPools.get(person ? RecordKind.PERSON : RecordKind.ANTENNA).get(-v - 2);
  }

  /** The number of distinct ids of a kind (an act's rows share one). */
  public int distinctIds(RecordKind kind) {
    return ownPools.get(kind).size();
  }

  /** The first row of each person id (by pool index), -1 for ids only referenced. */
  public int[] personRowOfId() {
    return personRowOfId;
  }

  /** A located problem on a row's field (field -1: the whole row). */
  public Problem problem(
      RecordKind kind, int row, int field, ProblemCode code, String value, Object... args) {
    Table t = tables.get(kind);
    String fieldName = field >= 0 ? kind.fields().get(field) : null;
    int position = row >= 0 && row < t.size() ? t.positions().at(row) : -1;
    Location at = locator.locate(kind, position, fieldName);
    return Problem.of(code)
        .at(at)
        .record(kind, row >= 0 && row < t.size() ? recordId(kind, row) : null)
        .field(fieldName)
        .value(value)
        .args(args)
        .build();
  }
}
