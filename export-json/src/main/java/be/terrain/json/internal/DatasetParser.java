package be.terrain.json.internal;

import be.terrain.core.DatasetBuilder;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code terrain/1} JSON document or JSON Lines stream token by token into a {@link
 * DatasetBuilder}: records are added as soon as their object closes, so memory grows with the
 * records, never with the text. The parser checks what only JSON has (types, members, structure);
 * every field rule is the builder's. Nothing is thrown for bad input: a problem is reported, and
 * malformed JSON ends the reading where it is, keeping every record read before.
 *
 * <p>One instance reads one input; not thread-safe.
 */
public final class DatasetParser {
  /** The format tag of version 1. */
  public static final String FORMAT = be.terrain.json.TerrainJson.FORMAT;

  private static final Pattern JACKSON_HINT =
      Pattern.compile("(, from `[^`]*`)|(: enable `[^`]*` to allow)|( \\(code \\d+\\))");

  private final DatasetBuilder builder;
  private final String file;
  private final boolean lines;
  private JsonParser p;

  // The record being read.
  private boolean inRecord;
  private RecordKind kind;
  private int lastField = -1;
  private String recordPointer;
  private int recordLine;
  private String[] cells;
  private int seen;
  private final List<Deferred> deferred = new ArrayList<>();
  private Deferred typeProblem;
  // JSON Lines: the type member, and members read before it.
  private boolean typeSeen;
  private String typeShown;
  private TokenStreamLocation typeAt;
  private final List<Early> early = new ArrayList<>();
  // JSON Lines: the line the header is on.
  private int headerLine;
  private boolean inHeader;

  /** A problem found in a record, reported once the record's id is known. */
  private record Deferred(
      ProblemCode code, String field, String value, Object[] args, TokenStreamLocation at) {}

  /** A member of a JSON Lines record read before its {@code type}. */
  private record Early(String name, String cell, Deferred problem, TokenStreamLocation at) {}

  private DatasetParser(DatasetBuilder builder, String file, boolean lines) {
    this.builder = builder;
    this.file = file;
    this.lines = lines;
  }

  /**
   * Reads a document or JSON Lines into the builder and sets the builder's locator.
   *
   * @param mapper the mapper whose parser to use (its limits apply)
   * @param builder the builder to add records and problems to
   * @param in the input, not closed
   * @param file the file name problems name, or null
   * @param lines whether the input is JSON Lines
   */
  public static void read(
      JsonMapper mapper, DatasetBuilder builder, InputStream in, String file, boolean lines) {
    DatasetParser reader = new DatasetParser(builder, file, lines);
    reader.run(mapper, in);
  }

  private void run(JsonMapper mapper, InputStream in) {
    builder.locator(lines ? Locators.lines(file, 0) : Locators.document(file));
    try (JsonParser parser =
        mapper
            .reader()
            // Duplicate members are found here, so that they are one problem among others.
            .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .without(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .createParser(in)) {
      p = parser;
      if (lines) {
        readLines();
      } else {
        readDocument();
      }
    } catch (StreamConstraintsException e) {
      fail(ProblemCodes.LIMIT_EXCEEDED, e);
    } catch (StreamReadException e) {
      String message = String.valueOf(e.getOriginalMessage());
      fail(message.contains("Invalid UTF-8") ? ProblemCodes.INVALID_ENCODING : ProblemCodes.MALFORMED_JSON, e);
    } catch (JacksonException e) {
      fail(ProblemCodes.UNREADABLE, e);
    }
    if (lines) {
      builder.locator(Locators.lines(file, headerLine));
    }
  }

  // ---------------------------------------------------------------- the document

  private void readDocument() {
    JsonToken t = p.nextToken();
    if (t == null) {
      report(ProblemCodes.MALFORMED_JSON, p.currentLocation(), "", null, null, "the document is empty");
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      report(ProblemCodes.WRONG_TYPE, p.currentTokenLocation(), "", null, shown(t), "an object");
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
  private void readTop() {
    Set<String> names = new HashSet<>();
    Set<String> present = new HashSet<>();
    boolean format = false;
    String name;
    while ((name = p.nextName()) != null) {
      String pointer = Pointers.child("", name);
      if (!names.add(name)) {
        report(ProblemCodes.DUPLICATE_FIELD, p.currentTokenLocation(), pointer, name, null);
        p.nextToken();
        p.skipChildren();
        continue;
      }
      RecordKind collection = Members.ofCollection(name);
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
          readRecord(RecordKind.ORGANISATION, 0, pointer);
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
    String shown = t == JsonToken.VALUE_STRING ? p.getString() : shown(t);
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
      String elementPointer = Pointers.child(pointer, index);
      if (e == JsonToken.START_OBJECT) {
        readRecord(kind, index, elementPointer);
      } else {
        report(ProblemCodes.WRONG_TYPE, p.currentTokenLocation(), elementPointer, null, shown(e), "an object");
        p.skipChildren();
      }
      index++;
    }
    return true;
  }

  private void wrongTopType(JsonToken t, String name, String pointer, String expected) {
    TokenStreamLocation at = p.currentTokenLocation();
    String shown = shown(t);
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

  // ---------------------------------------------------------------- JSON Lines

  private void readLines() {
    int lastLine = 0;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      TokenStreamLocation start = p.currentTokenLocation();
      int line = start.getLineNr();
      if (line == lastLine) {
        report(
            ProblemCodes.MALFORMED_JSON, start, null, null, null,
            "a line of JSON Lines holds one JSON object");
      }
      if (t != JsonToken.START_OBJECT) {
        report(ProblemCodes.WRONG_TYPE, start, null, null, shown(t), "an object");
        p.skipChildren();
      } else if (headerLine == 0) {
        headerLine = line;
        inHeader = true;
        readTop();
        inHeader = false;
      } else {
        recordLine = line;
        readRecord(null, line, null);
      }
      int end = p.currentLocation().getLineNr();
      if (end != line && t.isStructStart()) {
        report(
            ProblemCodes.MALFORMED_JSON, start, null, null, null,
            "a record of JSON Lines is on one line (this one ends on line " + end + ")");
      }
      lastLine = end;
    }
    if (headerLine == 0) {
      reportMissing(ProblemCodes.WRONG_FORMAT, "format", FORMAT);
      reportMissing(ProblemCodes.MISSING_FIELD, "antennas");
    }
  }

  // ---------------------------------------------------------------- records

  /**
   * Reads a record's object (the parser is on its start) and adds it to the builder.
   *
   * @param knownKind the kind, or null for a JSON Lines record (its {@code type} says)
   * @param position the position the builder hands back to the locator
   * @param pointer the record's pointer, or null for a JSON Lines record
   */
  private void readRecord(RecordKind knownKind, int position, String pointer) {
    inRecord = true;
    recordPointer = pointer;
    deferred.clear();
    early.clear();
    typeSeen = false;
    typeShown = null;
    typeAt = null;
    setKind(knownKind);
    String name;
    while ((name = p.nextName()) != null) {
      if (knownKind == null && name.equals("type")) {
        readType();
      } else if (kind == null) {
        TokenStreamLocation at = p.currentTokenLocation();
        String cell = readValue(name, p.nextToken());
        early.add(new Early(name, cell, typeProblem, at));
      } else {
        readMember(name);
      }
    }
    inRecord = false;
    if (kind == null) {
      unknownType();
      return;
    }
    String id = recordId();
    for (Deferred d : deferred) {
      builder.report(problem(d, id));
    }
    deferred.clear();
    builder.addRow(kind, cells, position);
  }

  private void setKind(RecordKind k) {
    kind = k;
    lastField = -1;
    seen = 0;
    cells = k == null ? null : new String[k.fields().size()];
  }

  /** The field of a member name; members usually come in the canonical order, tried first. */
  private int fieldIndex(String name) {
    List<String> fields = kind.fields();
    int guess = lastField + 1 < fields.size() ? lastField + 1 : 0;
    int f = fields.get(guess).equals(name) ? guess : kind.fieldIndex(name);
    if (f >= 0) {
      lastField = f;
    }
    return f;
  }

  private void readMember(String name) {
    int f = fieldIndex(name);
    if (f < 0 || (seen & (1 << f)) != 0) {
      defer(f < 0 ? ProblemCodes.UNKNOWN_FIELD : ProblemCodes.DUPLICATE_FIELD, name, null, p.currentTokenLocation());
      p.nextToken();
      p.skipChildren();
      return;
    }
    seen |= 1 << f;
    cells[f] = readValue(name, p.nextToken());
    if (typeProblem != null) {
      deferred.add(typeProblem);
    }
  }

  /** A JSON Lines record's type: once known, the members read before it are placed. */
  private void readType() {
    if (typeSeen) {
      defer(ProblemCodes.DUPLICATE_FIELD, "type", null, p.currentTokenLocation());
      p.nextToken();
      p.skipChildren();
      return;
    }
    typeSeen = true;
    JsonToken t = p.nextToken();
    RecordKind k = t == JsonToken.VALUE_STRING ? Members.ofLineType(p.getString()) : null;
    if (k == null) {
      typeAt = p.currentTokenLocation();
      typeShown = t == JsonToken.VALUE_STRING ? p.getString() : shown(t);
      p.skipChildren();
      return;
    }
    setKind(k);
    for (Early e : early) {
      int f = kind.fieldIndex(e.name());
      if (f < 0 || (seen & (1 << f)) != 0) {
        defer(f < 0 ? ProblemCodes.UNKNOWN_FIELD : ProblemCodes.DUPLICATE_FIELD, e.name(), null, e.at());
      } else {
        seen |= 1 << f;
        cells[f] = e.cell();
        if (e.problem() != null) {
          deferred.add(e.problem());
        }
      }
    }
    early.clear();
  }

  /** A JSON Lines record without a known type: one problem, and the record is not added. */
  private void unknownType() {
    String id = null;
    for (Early e : early) {
      if (e.name().equals("id") && e.problem() == null && e.cell() != null && !e.cell().isEmpty()) {
        id = e.cell();
        break;
      }
    }
    TokenStreamLocation at = typeAt;
    Location location =
        at == null ? Locators.of(file, recordLine, null) : location(at, null);
    builder.report(
        Problem.of(ProblemCodes.UNKNOWN_RECORD_TYPE)
            .at(location)
            .record(null, id)
            .field("type")
            .value(typeShown)
            .build());
    for (Deferred d : deferred) {
      builder.report(problem(d, id));
    }
    deferred.clear();
    early.clear();
  }

  /**
   * Reads a member's value as a cell: the text of a string or integer, pathogens joined with
   * {@code |}, null for {@code null}; {@link DatasetBuilder#UNREADABLE_CELL} for a value of the
   * wrong type, whose problem is left in {@link #typeProblem}.
   */
  private String readValue(String field, JsonToken t) {
    typeProblem = null;
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    switch (Members.typeOf(field)) {
      case Members.INTEGER:
        if (t == JsonToken.VALUE_NUMBER_INT) {
          return p.getString();
        }
        return wrongType(field, t, "an integer");
      case Members.PATHOGENS:
        if (t == JsonToken.START_ARRAY) {
          return readPathogens(field);
        }
        return wrongType(field, t, "an array of strings");
      default:
        if (t == JsonToken.VALUE_STRING) {
          return p.getString();
        }
        return wrongType(field, t, "a string");
    }
  }

  private String wrongType(String field, JsonToken t, String expected) {
    TokenStreamLocation at = p.currentTokenLocation();
    String shown = shown(t);
    p.skipChildren();
    typeProblem = new Deferred(ProblemCodes.WRONG_TYPE, field, shown, new Object[] {expected}, at);
    return DatasetBuilder.UNREADABLE_CELL;
  }

  private String readPathogens(String field) {
    StringBuilder codes = new StringBuilder();
    int count = 0;
    String bad = null;
    TokenStreamLocation badAt = null;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      if (t == JsonToken.VALUE_STRING) {
        String code = p.getString();
        if (!code.isEmpty() && code.indexOf(Members.PATHOGEN_SEPARATOR) < 0) {
          if (count++ > 0) {
            codes.append(Members.PATHOGEN_SEPARATOR);
          }
          codes.append(code);
          continue;
        }
      }
      if (badAt == null) {
        badAt = p.currentTokenLocation();
        bad = shown(t);
      }
      p.skipChildren();
    }
    if (badAt != null) {
      typeProblem =
          new Deferred(
              ProblemCodes.WRONG_TYPE, field, bad,
              new Object[] {"an array of pathogen codes (non-empty strings without |)"}, badAt);
      return DatasetBuilder.UNREADABLE_CELL;
    }
    return count == 0 ? null : codes.toString();
  }

  /** The record's id as written, when it is a string. */
  private String recordId() {
    int f = kind.fieldIndex("id");
    if (f < 0) {
      return null;
    }
    String id = cells[f];
    return id == null || id == DatasetBuilder.UNREADABLE_CELL || id.isEmpty() ? null : id;
  }

  // ---------------------------------------------------------------- problems

  /** How a token is shown as a problem's value: as written in JSON for scalars, else null. */
  private String shown(JsonToken t) {
    if (t == null) {
      return null;
    }
    return switch (t) {
      case VALUE_STRING -> '"' + p.getString() + '"';
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> p.getString();
      default -> null;
    };
  }

  private void defer(ProblemCode code, String field, String value, TokenStreamLocation at) {
    deferred.add(new Deferred(code, field, value, new Object[0], at));
  }

  private Problem problem(Deferred d, String id) {
    String pointer = recordPointer == null ? null : Pointers.child(recordPointer, d.field());
    return Problem.of(d.code())
        .at(location(d.at(), pointer))
        .record(kind, id)
        .field(d.field())
        .value(d.value())
        .args(d.args())
        .build();
  }

  private void report(
      ProblemCode code, TokenStreamLocation at, String pointer, String field, String value, Object... args) {
    builder.report(
        Problem.of(code).at(location(at, pointer)).field(field).value(value).args(args).build());
  }

  /** A required member that is missing, located where it should be. */
  private void reportMissing(ProblemCode code, String name, Object... args) {
    String pointer = Pointers.child("", name);
    Location at = lines ? Locators.of(file, headerLine, pointer) : Location.ofPointer(file, pointer);
    builder.report(Problem.of(code).at(at).field(name).args(args).build());
  }

  private Location location(TokenStreamLocation at, String pointer) {
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    return new Location(
        Optional.ofNullable(file),
        line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
        line > 0 && column > 0 ? OptionalInt.of(column) : OptionalInt.empty(),
        Optional.ofNullable(pointer));
  }

  /** Reading stopped on an exception: what was found so far is reported, then where it stopped. */
  private void fail(ProblemCode code, JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    if ((at == null || at.getLineNr() <= 0) && p != null) {
      at = p.currentLocation();
    }
    String pointer = null;
    String field = null;
    if (p != null) {
      TokenStreamContext context = p.streamReadContext();
      if (!lines || inHeader) {
        pointer = context.inRoot() ? null : pointerOf(context);
      }
      if (inRecord) {
        // The member being read: the record's current name, or the array's (pathogens) name.
        TokenStreamContext c = context.inArray() && context.getParent() != null ? context.getParent() : context;
        field = c.currentName();
      }
    }
    String id = null;
    if (inRecord && kind != null) {
      id = recordId();
      for (Deferred d : deferred) {
        builder.report(problem(d, id));
      }
      deferred.clear();
    }
    builder.report(
        Problem.of(code)
            .at(location(at, pointer))
            .record(inRecord ? kind : null, id)
            .field(field)
            .args(clean(e.getOriginalMessage()))
            .build());
  }

  private static String pointerOf(TokenStreamContext context) {
    try {
      return context.pathAsPointer().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Jackson's message without its configuration hints, on one line. */
  static String clean(String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    return JACKSON_HINT.matcher(m).replaceAll("").replace("  ", " ").strip();
  }
}
