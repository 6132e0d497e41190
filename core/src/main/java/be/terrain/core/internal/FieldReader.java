package be.terrain.core.internal;

import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;

/**
 * Reads a cell of one field (neither empty nor already reported) into its column, applying the
 * field's rules: one small class per field type, chosen once per field by the {@link CellReader}.
 *
 * <p>Why one class per type rather than one switch: a cold process spent seconds in the JIT's
 * compiles of a single method holding every type's rules (the server compiler inlined them all, and
 * recompiled the whole when a file's kind took a branch the kinds before had not). Each type's
 * method is now compiled on its own, small and quickly, and its branches see only its own cells.
 */
abstract class FieldReader {
  final RecordKind kind;
  final int f;
  final Columns columns;
  final TableBuilder.Sink sink;

  FieldReader(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink) {
    this.kind = kind;
    this.f = f;
    this.columns = columns;
    this.sink = sink;
  }

  /** Reads a cell that is not empty and not {@link TableBuilder#INVALID_CELL}. */
  abstract void read(int row, CharSequence cell);

  /** Reports the cell with its text as the problem's value and keeps it as an invalid cell. */
  final void reject(int row, CharSequence cell, ProblemCode code, Object... args) {
    String text = cell.toString();
    sink.problem(kind, row, f, code, text, args);
    columns.invalid(row, f, text);
  }

  /** The record's own id, interned in the kind's pool. */
  static final class Id extends FieldReader {
    private final IntArray column;
    private final IdPool ownIds;

    Id(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink, IdPool ownIds) {
      super(kind, f, columns, sink);
      this.column = columns.ints[f];
      this.ownIds = ownIds;
    }

    @Override
    void read(int row, CharSequence cell) {
      int numbered = ownIds.internValidNumbered(cell);
      if (numbered >= 0) {
        column.add(numbered);
      } else if (FieldRules.isValidId(cell)) {
        column.add(ownIds.internAscii(cell));
      } else {
        sink.problem(kind, row, f, ProblemCodes.INVALID_ID, cell.toString());
        column.add(ownIds.intern(cell));
      }
    }
  }

  /** A person reference (its own class so that the person path's branches stay its own). */
  static final class PersonRef extends FieldReader {
    private final IntArray column;
    private final References references;

    PersonRef(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink, References refs) {
      super(kind, f, columns, sink);
      this.column = columns.ints[f];
      this.references = refs;
    }

    @Override
    void read(int row, CharSequence cell) {
      references.readPerson(row, f, cell, column);
    }
  }

  /** An antenna reference. */
  static final class AntennaRef extends FieldReader {
    private final IntArray column;
    private final References references;

    AntennaRef(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink, References refs) {
      super(kind, f, columns, sink);
      this.column = columns.ints[f];
      this.references = refs;
    }

    @Override
    void read(int row, CharSequence cell) {
      references.readAntenna(row, f, cell, column);
    }
  }

  /** A calendar date, stored as its epoch day. */
  static final class Date extends FieldReader {
    private final IntArray column;

    Date(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink) {
      super(kind, f, columns, sink);
      this.column = columns.ints[f];
    }

    @Override
    void read(int row, CharSequence cell) {
      int d = FieldRules.parseDate(cell);
      if (d == FieldRules.NO_DATE) {
        reject(row, cell, ProblemCodes.INVALID_DATE);
      } else {
        column.add(d);
      }
    }
  }

  /** A code of a list, stored as its index. */
  static final class Code extends FieldReader {
    private final ByteArray column;
    private final CellLookups.Codes lookup;
    private final String listId;

    /** The index of {@code UNKNOWN} where the field does not allow it (sex), else -1. */
    private final int unknownCode;

    Code(
        RecordKind kind,
        int f,
        Columns columns,
        TableBuilder.Sink sink,
        CellLookups.Codes lookup,
        int unknownCode) {
      super(kind, f, columns, sink);
      this.column = columns.codes[f];
      this.lookup = lookup;
      this.listId = lookup.listId();
      this.unknownCode = unknownCode;
    }

    @Override
    void read(int row, CharSequence cell) {
      int index = lookup.indexOf(cell);
      if (index < 0) {
        reject(row, cell, ProblemCodes.UNKNOWN_CODE, listId);
      } else if (index == unknownCode) {
        reject(row, cell, ProblemCodes.UNKNOWN_NOT_ALLOWED);
      } else {
        column.add(index);
      }
    }
  }

  /** An integer in the field's range. */
  static final class Int extends FieldReader {
    private final IntArray column;
    private final long min;
    private final long max;

    Int(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink) {
      super(kind, f, columns, sink);
      this.column = columns.ints[f];
      this.min = columns.fields[f].min();
      this.max = columns.fields[f].max();
    }

    @Override
    void read(int row, CharSequence cell) {
      long parsed = FieldRules.parseInteger(cell);
      if (parsed == FieldRules.NO_INTEGER) {
        reject(row, cell, ProblemCodes.INVALID_INTEGER);
      } else if (!FieldRules.inRange((int) parsed, min, max)) {
        reject(row, cell, ProblemCodes.OUT_OF_RANGE, min, max);
      } else {
        column.add((int) parsed);
      }
    }
  }

  /** A four-digit birth year. */
  static final class BirthYear extends FieldReader {
    private final IntArray column;

    BirthYear(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink) {
      super(kind, f, columns, sink);
      this.column = columns.ints[f];
    }

    @Override
    void read(int row, CharSequence cell) {
      if (!FieldRules.isFourDigits(cell)
          || !FieldRules.isBirthYear(Integer.parseInt(cell, 0, 4, 10))) {
        reject(row, cell, ProblemCodes.INVALID_BIRTH_YEAR);
      } else {
        column.add(Integer.parseInt(cell, 0, 4, 10));
      }
    }
  }

  /** An ISO 3166-1 alpha-2 code, stored as its country index. */
  static final class Country extends FieldReader {
    private final IntArray column;

    Country(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink) {
      super(kind, f, columns, sink);
      this.column = columns.ints[f];
    }

    @Override
    void read(int row, CharSequence cell) {
      int index = CellLookups.country(cell);
      if (index < 0) {
        reject(row, cell, ProblemCodes.INVALID_NATIONALITY);
      } else {
        column.add(index);
      }
    }
  }

  /** A province code, kept as text (reported, not rejected, when it is not one). */
  static final class Province extends FieldReader {
    Province(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink) {
      super(kind, f, columns, sink);
    }

    @Override
    void read(int row, CharSequence cell) {
      String text = cell.toString();
      if (!FieldRules.isProvince(text)) {
        sink.problem(kind, row, f, ProblemCodes.INVALID_PROVINCE, text);
      }
      columns.texts[f].add(text);
    }
  }

  /** Free text. */
  static final class Text extends FieldReader {
    Text(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink) {
      super(kind, f, columns, sink);
    }

    @Override
    void read(int row, CharSequence cell) {
      columns.texts[f].add(cell.toString());
    }
  }

  /** A linkage code, interned in the column's own pool; personal data, never in a problem. */
  static final class Linkage extends FieldReader {
    private final IntArray column;
    private final IdPool pool;

    Linkage(RecordKind kind, int f, Columns columns, TableBuilder.Sink sink) {
      super(kind, f, columns, sink);
      this.column = columns.ints[f];
      this.pool = columns.pools[f];
    }

    @Override
    void read(int row, CharSequence cell) {
      if (FieldRules.isValidId(cell)) {
        column.add(pool.internAscii(cell));
      } else {
        // personal data: the problem carries no value, the text stays only in the table
        sink.problem(kind, row, f, ProblemCodes.INVALID_LINKAGE_CODE, null);
        columns.invalid(row, f, cell.toString());
      }
    }
  }
}
