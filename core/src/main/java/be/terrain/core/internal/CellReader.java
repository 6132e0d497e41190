package be.terrain.core.internal;

import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;

/**
 * Reads one cell of a row by its field's type into the {@link Columns}, applying the field's rules
 * on the way (the bulk validation path: no reflection, no object per cell) and reporting problems
 * to the {@link TableBuilder.Sink}; references go through the {@link References}. Empty and already
 * reported cells are handled here, the others by the field's {@link FieldReader}, chosen once per
 * field.
 */
final class CellReader {
  private final RecordKind kind;
  private final Schema.Field[] fields;
  private final CodeList[] lists;
  private final Columns columns;
  private final TableBuilder.Sink sink;
  private final FieldReader[] readers;

  /** Per field, whether it is required (an empty cell is then a problem). */
  private final boolean[] required;

  /**
   * Looks the code lists of the kind's fields up.
   *
   * @throws IllegalArgumentException for a code list larger than Terrain supports
   */
  CellReader(
      RecordKind kind,
      CodeRegistry registry,
      Columns columns,
      IdPool ownIds,
      References references,
      TableBuilder.Sink sink) {
    this.kind = kind;
    this.fields = columns.fields;
    this.columns = columns;
    this.sink = sink;
    this.lists = new CodeList[fields.length];
    this.readers = new FieldReader[fields.length];
    this.required = new boolean[fields.length];
    for (int f = 0; f < fields.length; f++) {
      required[f] = fields[f].required();
      FieldType type = fields[f].type();
      CellLookups.Codes lookup = null;
      int unknownCode = -1;
      if (type == FieldType.CODE || type == FieldType.PATHOGENS) {
        lists[f] = registry.list(fields[f].list());
        // Codes are stored as bytes and item sets as int bit sets; a pathogen set is an int whose
        // sign bit would collide with the ABSENT and INVALID sentinels, hence one code less.
        int max = type == FieldType.PATHOGENS ? 31 : 32;
        if (lists[f].size() > max) {
          throw new IllegalArgumentException(
              "code list "
                  + lists[f].id()
                  + " has "
                  + lists[f].size()
                  + " codes, more than the "
                  + max
                  + " Terrain supports");
        }
        lookup = CellLookups.codes(lists[f]);
        if (fields[f].name().equals("sex")) {
          // one int comparison per cell instead of comparing text
          unknownCode = lists[f].indexOf("UNKNOWN");
        }
      }
      readers[f] = reader(type, f, ownIds, references, lookup, unknownCode);
    }
  }

  private FieldReader reader(
      FieldType type,
      int f,
      IdPool ownIds,
      References references,
      CellLookups.Codes lookup,
      int unknownCode) {
    return switch (type) {
      case ID -> new FieldReader.Id(kind, f, columns, sink, ownIds);
      case PERSON_REF -> new FieldReader.PersonRef(kind, f, columns, sink, references);
      case ANTENNA_REF -> new FieldReader.AntennaRef(kind, f, columns, sink, references);
      case DATE -> new FieldReader.Date(kind, f, columns, sink);
      case CODE -> new FieldReader.Code(kind, f, columns, sink, lookup, unknownCode);
      case INT -> new FieldReader.Int(kind, f, columns, sink);
      case BIRTH_YEAR -> new FieldReader.BirthYear(kind, f, columns, sink);
      case COUNTRY -> new FieldReader.Country(kind, f, columns, sink);
      case PROVINCE -> new FieldReader.Province(kind, f, columns, sink);
      case TEXT -> new FieldReader.Text(kind, f, columns, sink);
      case PATHOGENS -> new PathogenReader(kind, f, columns, sink, lookup);
      case LINKAGE_CODE -> new FieldReader.Linkage(kind, f, columns, sink);
    };
  }

  /** The code list of a code field (null for another field). */
  CodeList list(int f) {
    return f < 0 ? null : lists[f];
  }

  /**
   * Reads a cell of a row.
   *
   * @param cell null or empty for an empty cell, {@link TableBuilder#INVALID_CELL} for a cell the
   *     reader already reported
   */
  void read(int row, int f, CharSequence cell) {
    if (cell == TableBuilder.INVALID_CELL) {
      columns.invalid(row, f, null);
    } else if (cell == null || cell.length() == 0) {
      if (required[f]) {
        sink.problem(kind, row, f, ProblemCodes.MISSING_VALUE, null);
      }
      columns.absent(f);
    } else {
      readers[f].read(row, cell);
    }
  }
}
