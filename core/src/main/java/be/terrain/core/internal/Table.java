package be.terrain.core.internal;

import be.terrain.core.RecordKind;
import be.terrain.core.RecordTable;

/**
 * The frozen columns of one record kind. Cells are stored by type: ints (ids and references as
 * indexes, dates as epoch days, integers, countries, pathogen bit sets), bytes (code indexes) and
 * strings (names), and texts interned in a column's own {@link IdPool} (linkage codes). Sentinels:
 * {@link #ABSENT} for an empty cell, {@link #INVALID} for a cell that could not be read (a problem
 * was reported; the text is in {@link #raw}).
 */
public final class Table {
  /** An empty cell. */
  public static final int ABSENT = Integer.MIN_VALUE;

  /** A cell that could not be read. */
  public static final int INVALID = Integer.MIN_VALUE + 1;

  /**
   * An empty code cell: the API's {@link RecordTable#UNKNOWN}, so that code accessors hand their
   * byte out as is.
   */
  public static final byte CODE_ABSENT = (byte) RecordTable.UNKNOWN;

  /** A code cell whose value no list knows (text in {@link #raw}). */
  public static final byte CODE_INVALID = -2;

  final RecordKind kind;
  final int size;
  final int[][] ints;
  final byte[][] codes;
  final String[][] texts;
  final IdPool[] pools;
  final Positions positions;
  final RawCells raw;

  Table(
      RecordKind kind,
      int size,
      int[][] ints,
      byte[][] codes,
      String[][] texts,
      IdPool[] pools,
      Positions positions,
      RawCells raw) {
    this.kind = kind;
    this.size = size;
    this.ints = ints;
    this.codes = codes;
    this.texts = texts;
    this.pools = pools;
    this.positions = positions;
    this.raw = raw;
  }

  /** The kind of the records. */
  public RecordKind kind() {
    return kind;
  }

  /** The number of rows. */
  public int size() {
    return size;
  }

  /** The int column of a field (null when the field is not stored as ints). */
  public int[] ints(int field) {
    return ints[field];
  }

  /** The code column of a field (null when the field is not a code). */
  public byte[] codes(int field) {
    return codes[field];
  }

  /** The text column of a field (null when the field is not text). */
  public String[] texts(int field) {
    return texts[field];
  }

  /**
   * The pool that a field's int column indexes (linkage codes: {@link FieldType#LINKAGE_CODE}), or
   * null when the field has none.
   */
  public IdPool pool(int field) {
    return pools[field];
  }

  /** Where each row was read (a line, an array index), as the reader gave it. */
  public Positions positions() {
    return positions;
  }

  /** The text of a cell that could not be stored as its type, or null. */
  public String raw(int row, int field) {
    return raw.get(key(row, field));
  }

  static long key(int row, int field) {
    return ((long) row << 5) | field;
  }
}
