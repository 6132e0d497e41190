package be.terrain.json.internal;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads the structure of a {@code terrain/1} input for {@link DatasetParser}: the document's object
 * and its record arrays, or the lines of JSON Lines and their header; each record is handed to a
 * {@link RecordReader}. Reports what breaks the structure (types, members, the format tag, lines
 * that hold more or less than one object).
 *
 * <p>One instance reads one input; not thread-safe.
 */
final class TopReader {
  /** The format tag of version 1. */
  private static final String FORMAT = DatasetParser.FORMAT;

  private final RecordBatch out;
  private final RecordReader records;
  private final ProblemLocator locator;
  private final boolean lines;
  private final int lineOffset;

  /** Called after each line of JSON Lines, to hand what was read on. */
  private final Runnable afterLine;

  /** Called between two records or top members, to hand problems on once they pile up. */
  private final Runnable betweenRecords;

  private JsonParser p;

  // JSON Lines: the line the header is on.
  private int headerLine;
  private boolean inHeader;

  /** Reading a chunk: a record spans lines (its problem names a line: read it serially). */
  private boolean irregular;

  /**
   * @param lines whether the input is JSON Lines
   * @param lineOffset added to the parser's line numbers
   * @param headerLine the header's line, 0 when none was read
   */
  TopReader(
      RecordBatch out,
      RecordReader records,
      ProblemLocator locator,
      boolean lines,
      int lineOffset,
      int headerLine,
      Runnable afterLine,
      Runnable betweenRecords) {
    this.out = out;
    this.records = records;
    this.locator = locator;
    this.lines = lines;
    this.lineOffset = lineOffset;
    this.headerLine = headerLine;
    this.afterLine = afterLine;
    this.betweenRecords = betweenRecords;
  }

  /** Reads from a parser from now on. */
  void use(JsonParser parser) {
    p = parser;
  }

  /** The header's line, 0 when none was read. */
  int headerLine() {
    return headerLine;
  }

  /** Whether the header of JSON Lines is being read. */
  boolean inHeader() {
    return inHeader;
  }

  /** Whether a record of JSON Lines spans lines. */
  boolean irregular() {
    return irregular;
  }

  /** Reads a JSON document: its object, and nothing after it. */
  void readDocument() {
    JsonToken t = p.nextToken();
    if (t == null) {
      report(
          ProblemCodes.MALFORMED_JSON,
          p.currentLocation(),
          "",
          null,
          null,
          "the document is empty");
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      report(
          ProblemCodes.WRONG_TYPE,
          p.currentTokenLocation(),
          "",
          null,
          RecordReader.shown(p, t),
          "an object");
      p.skipChildren();
    } else {
      readTop();
    }
    checkTrailing();
  }

  /**
   * Reads the members of the document's object, or of the first line of JSON Lines (the header:
   * format, organisation and antennas only).
   */
  /** The most unknown member names remembered to find them named twice. */
  private static final int MAX_NAMES_KEPT = 1_000;

  private void readTop() {
    Set<String> names = new HashSet<>();
    Set<String> present = new HashSet<>();
    boolean format = false;
    String name;
    while ((name = p.nextName()) != null) {
      betweenRecords.run();
      String pointer = Pointers.child("", name);
      if (names.contains(name)) {
        report(ProblemCodes.DUPLICATE_FIELD, p.currentTokenLocation(), pointer, name, null);
        p.nextToken();
        p.skipChildren();
        continue;
      }
      RecordKind collection = Members.ofCollection(name);
      if (collection != null || names.size() < MAX_NAMES_KEPT || name.equals("format")) {
        names.add(name); // bounded: past that many, an unknown name repeated is only unknown
      }
      boolean allowed =
          collection != null
              && collection != RecordKind.ORGANISATION
              && (!lines || collection == RecordKind.ANTENNA);
      if (name.equals("format")) {
        format = true;
        readFormat(p.nextToken(), pointer);
      } else if (name.equals("organisation")) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
          records.read(RecordKind.ORGANISATION, 0, pointer);
        } else if (t != JsonToken.VALUE_NULL) {
          wrongTopType(t, name, pointer, "an object");
        }
      } else if (allowed) {
        if (readArray(collection, name, p.nextToken(), pointer)) {
          present.add(name);
        }
      } else {
        report(ProblemCodes.UNKNOWN_FIELD, p.currentTokenLocation(), pointer, name, null);
        p.nextToken();
        p.skipChildren();
      }
    }
    if (!format) {
      reportMissing(ProblemCodes.WRONG_FORMAT, "format", FORMAT);
    }
    List<String> required = lines ? List.of("antennas") : List.of("antennas", "persons");
    for (String r : required) {
      if (!present.contains(r)) {
        reportMissing(ProblemCodes.MISSING_FIELD, r);
      }
    }
  }

  private void readFormat(JsonToken t, String pointer) {
    if (t == JsonToken.VALUE_STRING && FORMAT.equals(p.getString())) {
      return;
    }
    TokenStreamLocation at = p.currentTokenLocation();
    String shown = t == JsonToken.VALUE_STRING ? p.getString() : RecordReader.shown(p, t);
    p.skipChildren();
    report(ProblemCodes.WRONG_FORMAT, at, pointer, "format", shown, FORMAT);
  }

  /** Reads a record array; false when it was null (absent). */
  private boolean readArray(RecordKind kind, String name, JsonToken t, String pointer) {
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    if (t != JsonToken.START_ARRAY) {
      wrongTopType(t, name, pointer, "an array");
      return true;
    }
    int index = 0;
    JsonToken e;
    while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
      betweenRecords.run();
      String elementPointer = Pointers.child(pointer, index);
      if (e == JsonToken.START_OBJECT) {
        records.read(kind, index, elementPointer);
      } else {
        report(
            ProblemCodes.WRONG_TYPE,
            p.currentTokenLocation(),
            elementPointer,
            null,
            RecordReader.shown(p, e),
            "an object");
        p.skipChildren();
      }
      index++;
    }
    return true;
  }

  private void wrongTopType(JsonToken t, String name, String pointer, String expected) {
    TokenStreamLocation at = p.currentTokenLocation();
    String shown = RecordReader.shown(p, t);
    p.skipChildren();
    report(ProblemCodes.WRONG_TYPE, at, pointer, name, shown, expected);
  }

  private void checkTrailing() {
    TokenStreamLocation at;
    try {
      if (p.nextToken() == null) {
        return;
      }
      at = p.currentTokenLocation();
    } catch (StreamReadException e) {
      at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    }
    report(
        ProblemCodes.MALFORMED_JSON, at, null, null, null, "content after the end of the document");
  }

  /** Reads JSON Lines: the header (the first line), then one record a line. */
  void readLines() {
    int lastLine = 0;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      TokenStreamLocation start = p.currentTokenLocation();
      int line = start.getLineNr();
      if (line == lastLine) {
        report(
            ProblemCodes.MALFORMED_JSON,
            start,
            null,
            null,
            null,
            "a line of JSON Lines holds one JSON object");
      }
      if (t != JsonToken.START_OBJECT) {
        report(ProblemCodes.WRONG_TYPE, start, null, null, RecordReader.shown(p, t), "an object");
        p.skipChildren();
      } else if (headerLine == 0) {
        headerLine = line + lineOffset;
        inHeader = true;
        readTop();
        inHeader = false;
      } else {
        records.read(null, line + lineOffset, null);
      }
      int end = p.currentLocation().getLineNr();
      if (end != line && t.isStructStart()) {
        irregular = true;
        report(
            ProblemCodes.MALFORMED_JSON,
            start,
            null,
            null,
            null,
            "a record of JSON Lines is on one line (this one ends on line "
                + (end + lineOffset)
                + ")");
      }
      lastLine = end;
      afterLine.run();
    }
  }

  private void report(
      ProblemCode code,
      TokenStreamLocation at,
      String pointer,
      String field,
      String value,
      Object... args) {
    out.report(
        Problem.of(code).at(locator.at(at, pointer)).field(field).value(value).args(args).build());
  }

  /** A required member that is missing, located where it should be. */
  void reportMissing(ProblemCode code, String name, Object... args) {
    String pointer = Pointers.child("", name);
    Location at = locator.onLine(lines ? headerLine : 0, pointer);
    out.report(Problem.of(code).at(at).field(name).args(args).build());
  }
}
