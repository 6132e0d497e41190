package be.terrain.csv.internal;

import be.terrain.core.DatasetBuilder;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.util.List;

/**
 * The header of one CSV file read: which field each column holds (columns in any order), which
 * columns lose a formula prefix, and the cells a record starts with (a required column missing from
 * the header gives unreadable cells, not empty ones). Unknown, duplicate and missing required
 * columns, and header cells that could not be read, are reported once for the file.
 */
final class CsvHeader {
  /** The field of each column, -1 when none. */
  final int[] columnField;

  /** Whether each column's cells lose a formula prefix (id, linkage code and name columns). */
  final boolean[] stripColumn;

  /** The column of each field, from 1; 0 when the header lacks it. */
  final int[] fieldColumn;

  /** The cells a record starts with, per field. */
  final String[] template;

  /**
   * Reads a header and reports its problems.
   *
   * @param line the header's line (1 when the file has none: where it belongs)
   * @param names the header's cells, null for one that could not be read
   * @param bad the header's cells that could not be read, in order
   */
  CsvHeader(
      String fileName,
      RecordKind kind,
      int line,
      List<String> names,
      BadCells bad,
      RowTarget builder) {
    int fieldCount = kind.fields().size();
    int n = names.size();
    columnField = new int[n];
    stripColumn = new boolean[n];
    fieldColumn = new int[fieldCount];
    template = new String[fieldCount];
    int badIndex = 0;
    for (int col = 0; col < n; col++) {
      String name = names.get(col);
      columnField[col] = -1;
      if (name == null) {
        builder.report(
            Problem.of(bad.code(badIndex))
                .at(Location.ofCell(fileName, line, col + 1))
                .record(kind, null)
                .value(bad.value(badIndex))
                .args(bad.args(badIndex))
                .build());
        badIndex++;
        continue;
      }
      int f = kind.fieldIndex(name);
      if (f < 0) {
        builder.report(
            Problem.of(ProblemCodes.UNKNOWN_FIELD)
                .at(Location.ofCell(fileName, line, col + 1))
                .record(kind, null)
                .field(name)
                .value(name)
                .build());
      } else if (fieldColumn[f] > 0) {
        builder.report(
            Problem.of(ProblemCodes.DUPLICATE_FIELD)
                .at(Location.ofCell(fileName, line, col + 1))
                .record(kind, null)
                .field(name)
                .value(name)
                .build());
      } else {
        columnField[col] = f;
        fieldColumn[f] = col + 1;
        stripColumn[col] =
            name.equals("id")
                || name.equals("person_id")
                || name.equals("antenna_id")
                || name.equals("linkage_code")
                || name.equals("name");
      }
    }
    for (int f = 0; f < fieldCount; f++) {
      String name = kind.fields().get(f);
      if (fieldColumn[f] == 0 && kind.isRequired(name)) {
        builder.report(
            Problem.of(ProblemCodes.MISSING_FIELD)
                .at(Location.ofLine(fileName, line))
                .record(kind, null)
                .field(name)
                .build());
        template[f] = DatasetBuilder.UNREADABLE_CELL;
      } else {
        template[f] = null;
      }
    }
  }
}
