package be.terrain.core.internal;

import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one cell of a row by its field's type into the {@link Columns}, applying the field's rules
 * on the way (the bulk validation path: no reflection, no object per cell) and reporting problems
 * to the {@link TableBuilder.Sink}; references go through the {@link References}.
 */
final class CellReader {
  private final RecordKind kind;
  private final Schema.Field[] fields;
  private final CodeList[] lists;
  private final CellLookups.Codes[] lookups;
  private final Columns columns;
  private final IntArray[] ints;
  private final ByteArray[] codes;
  private final List<String>[] texts;
  private final IdPool ownIds;
  private final References references;
  private final TableBuilder.Sink sink;

  /**
   * Per code field, the index of the code {@code UNKNOWN} where the field does not allow it (sex),
   * else -1: one int comparison per cell instead of comparing text.
   */
  private final int[] unknownCode;

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
    this.ints = columns.ints;
    this.codes = columns.codes;
    this.texts = columns.texts;
    this.ownIds = ownIds;
    this.references = references;
    this.sink = sink;
    this.lists = new CodeList[fields.length];
    this.lookups = new CellLookups.Codes[fields.length];
    this.unknownCode = new int[fields.length];
    Arrays.fill(unknownCode, -1);
    for (int f = 0; f < fields.length; f++) {
      FieldType type = fields[f].type();
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
        lookups[f] = new CellLookups.Codes(lists[f]);
        if (fields[f].name().equals("sex")) {
          unknownCode[f] = lists[f].indexOf("UNKNOWN");
        }
      }
    }
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
    Schema.Field field = fields[f];
    boolean empty = cell == null || (cell != TableBuilder.INVALID_CELL && cell.length() == 0);
    if (cell == TableBuilder.INVALID_CELL) {
      columns.invalid(row, f, null);
      return;
    }
    if (empty) {
      if (field.required()) {
        sink.problem(kind, row, f, ProblemCodes.MISSING_VALUE, null);
      }
      columns.absent(f);
      return;
    }
    switch (field.type()) {
      case ID -> {
        boolean valid = FieldRules.isValidId(cell);
        if (!valid) {
          sink.problem(kind, row, f, ProblemCodes.INVALID_ID, cell.toString());
        }
        ints[f].add(valid ? ownIds.internAscii(cell) : ownIds.intern(cell));
      }
      case PERSON_REF -> references.read(row, f, cell, ints[f], true);
      case ANTENNA_REF -> references.read(row, f, cell, ints[f], false);
      case DATE -> {
        int d = FieldRules.parseDate(cell);
        if (d == FieldRules.NO_DATE) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.INVALID_DATE, text);
          columns.invalid(row, f, text);
        } else {
          ints[f].add(d);
        }
      }
      case CODE -> {
        int index = lookups[f].indexOf(cell);
        if (index < 0) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.UNKNOWN_CODE, text, lists[f].id());
          columns.invalid(row, f, text);
        } else if (index == unknownCode[f]) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.UNKNOWN_NOT_ALLOWED, text);
          columns.invalid(row, f, text);
        } else {
          codes[f].add(index);
        }
      }
      case INT -> {
        long parsed = FieldRules.parseInteger(cell);
        if (parsed == FieldRules.NO_INTEGER) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.INVALID_INTEGER, text);
          columns.invalid(row, f, text);
        } else {
          int v = (int) parsed;
          if (!FieldRules.inRange(v, field.min(), field.max())) {
            String text = cell.toString();
            sink.problem(kind, row, f, ProblemCodes.OUT_OF_RANGE, text, field.min(), field.max());
            columns.invalid(row, f, text);
          } else {
            ints[f].add(v);
          }
        }
      }
      case BIRTH_YEAR -> {
        if (!FieldRules.isFourDigits(cell)
            || !FieldRules.isBirthYear(Integer.parseInt(cell, 0, 4, 10))) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.INVALID_BIRTH_YEAR, text);
          columns.invalid(row, f, text);
        } else {
          ints[f].add(Integer.parseInt(cell, 0, 4, 10));
        }
      }
      case COUNTRY -> {
        int index = CellLookups.country(cell);
        if (index < 0) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.INVALID_NATIONALITY, text);
          columns.invalid(row, f, text);
        } else {
          ints[f].add(index);
        }
      }
      case PROVINCE -> {
        String text = cell.toString();
        if (!FieldRules.isProvince(text)) {
          sink.problem(kind, row, f, ProblemCodes.INVALID_PROVINCE, text);
        }
        texts[f].add(text);
      }
      case TEXT -> texts[f].add(cell.toString());
      case PATHOGENS -> readPathogens(row, f, cell);
      case LINKAGE_CODE -> {
        if (FieldRules.isValidId(cell)) {
          ints[f].add(columns.pools[f].internAscii(cell));
        } else {
          // personal data: the problem carries no value, the text stays only in the table
          sink.problem(kind, row, f, ProblemCodes.INVALID_LINKAGE_CODE, null);
          columns.invalid(row, f, cell.toString());
        }
      }
    }
  }

  private void readPathogens(int row, int f, CharSequence cell) {
    CodeList list = lists[f];
    int mask = 0;
    boolean bad = false;
    int from = 0;
    int n = cell.length();
    while (true) {
      int bar = from;
      while (bar < n && cell.charAt(bar) != '|') {
        bar++;
      }
      int index = lookups[f].indexOf(cell, from, bar);
      if (index < 0) {
        sink.problem(
            kind,
            row,
            f,
            ProblemCodes.UNKNOWN_CODE,
            cell.subSequence(from, bar).toString(),
            list.id());
        bad = true;
      } else if ((mask & (1 << index)) != 0) {
        sink.problem(kind, row, f, ProblemCodes.REPEATED_PATHOGEN, cell.toString());
        bad = true;
      } else {
        mask |= 1 << index;
      }
      if (bar == n) {
        break;
      }
      from = bar + 1;
    }
    if (bad) {
      columns.invalid(row, f, cell.toString());
    } else {
      ints[f].add(mask);
    }
  }
}
