package be.terrain.json.internal;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.RecordKind;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.TokenStreamLocation;

/**
 * Locates the problems of one JSON input, the same way for every JSON reader: the file, the line
 * and column (a parser's line shifted when the parser reads a part of the input that starts further
 * down), the JSON pointer; and builds the problem there with its record and member. A line or
 * column that is not positive is absent, and so is a column without a line.
 */
public final class ProblemLocator {
  private final String file;
  private final int lineOffset;

  /**
   * A locator for one input.
   *
   * @param file the file name problems name, or null
   * @param lineOffset added to the parser's line numbers to give the input's
   */
  public ProblemLocator(String file, int lineOffset) {
    this.file = file;
    this.lineOffset = lineOffset;
  }

  /** A locator for one input whose parser reads it from its start. */
  public ProblemLocator(String file) {
    this(file, 0);
  }

  /** Where the parser was, and the pointer when not null; nowhere but the file when null. */
  public Location at(TokenStreamLocation at, String pointer) {
    int line = at == null || at.getLineNr() <= 0 ? -1 : at.getLineNr() + lineOffset;
    return at(line, at == null ? -1 : at.getColumnNr(), pointer);
  }

  /** A line and column of the input, and the pointer when not null. */
  public Location at(int line, int column, String pointer) {
    return new Location(
        Optional.ofNullable(file),
        line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
        line > 0 && column > 0 ? OptionalInt.of(column) : OptionalInt.empty(),
        Optional.ofNullable(pointer));
  }

  /** A line of the input (not the parser's), and the pointer when not null. */
  public Location onLine(int line, String pointer) {
    return at(line, -1, pointer);
  }

  /**
   * A problem located there.
   *
   * @param kind the kind of the record concerned, or null
   * @param recordId the record's id, or null
   * @param field the member concerned (the top member for a nested one), or null
   * @param value the offending value as shown, or null
   */
  public static Problem problem(
      ProblemCode code,
      Location at,
      RecordKind kind,
      String recordId,
      String field,
      String value,
      Object... args) {
    return Problem.of(code)
        .at(at)
        .record(kind, recordId)
        .field(field)
        .value(value)
        .args(args)
        .build();
  }
}
