package be.terrain.core.internal;

import be.terrain.core.RecordKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The growing columns of one record kind's table, by storage type (ints, code bytes, strings, ints
 * indexing a column's own pool of texts), with where each row was read and the text of the cells
 * that could not be stored as their type; frozen into a {@link Table} by {@link #freeze}.
 */
final class Columns {
  final Schema.Field[] fields;

  /** Per field, its int column, or null. */
  final IntArray[] ints;

  /** Per field, its code column, or null. */
  final ByteArray[] codes;

  /** Per field, its text column, or null. */
  final List<String>[] texts;

  /** Per field, the pool its int column indexes (linkage codes), or null. */
  final IdPool[] pools;

  private final Positions.Builder positions = new Positions.Builder();
  private final RawCells raw = new RawCells();
  private int size;

  @SuppressWarnings("unchecked")
  Columns(Schema.Field[] fields) {
    this.fields = fields;
    this.ints = new IntArray[fields.length];
    this.codes = new ByteArray[fields.length];
    this.texts = new List[fields.length];
    this.pools = new IdPool[fields.length];
    for (int f = 0; f < fields.length; f++) {
      switch (fields[f].type()) {
        case CODE -> codes[f] = new ByteArray();
        case TEXT, PROVINCE -> texts[f] = new ArrayList<>();
        case LINKAGE_CODE -> {
          ints[f] = new IntArray();
          pools[f] = new IdPool();
        }
        default -> ints[f] = new IntArray(); // pathogen sets are int bit sets
      }
    }
  }

  /** The number of rows so far. */
  int size() {
    return size;
  }

  /**
   * Starts a row (its cells are then added to each column in field order).
   *
   * @param position where the reader found the row
   * @return the row's index
   */
  int addRow(int position) {
    positions.add(position);
    return size++;
  }

  /** Adds an empty cell to a field's column. */
  void absent(int f) {
    switch (fields[f].type()) {
      case CODE -> codes[f].add(Table.CODE_ABSENT);
      case TEXT, PROVINCE -> texts[f].add(null);
      default -> ints[f].add(Table.ABSENT);
    }
  }

  /** Adds a cell that could not be read to a field's column, keeping its text when there is one. */
  void invalid(int row, int f, String text) {
    if (text != null) {
      raw.put(Table.key(row, f), text);
    }
    switch (fields[f].type()) {
      case CODE -> codes[f].add(Table.CODE_INVALID);
      case TEXT, PROVINCE -> texts[f].add(text);
      default -> ints[f].add(Table.INVALID);
    }
  }

  /** The columns frozen as a table; the text columns are dropped here (no row may follow). */
  Table freeze(RecordKind kind) {
    int[][] i = new int[fields.length][];
    byte[][] c = new byte[fields.length][];
    String[][] t = new String[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      if (ints[f] != null) {
        i[f] = ints[f].toArray();
      }
      if (codes[f] != null) {
        c[f] = codes[f].toArray();
      }
      if (texts[f] != null) {
        t[f] = texts[f].toArray(new String[0]);
        texts[f] = null;
      }
      if (pools[f] != null) {
        pools[f].trim();
      }
    }
    Table table = new Table(kind, size, i, c, t, pools.clone(), positions.build(), raw.freeze());
    return table;
  }
}
