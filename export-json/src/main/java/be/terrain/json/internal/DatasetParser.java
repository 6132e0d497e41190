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
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
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

  private static final RecordKind[] KINDS = RecordKind.values();

  /** Every member name of a record, {@code type} first: the name matcher's indexes. */
  private static final String[] NAMES;

  private static final int TYPE = 0;

  /** The field of each name, per kind ({@code [kind][name]}, -1: not a field of the kind). */
  private static final int[][] FIELD_OF;

  /** The JSON type of each name's value ({@link Members#typeOf}). */
  private static final int[] TYPE_OF;

  /** The index of the {@code id} field per kind, -1 when none. */
  private static final int[] ID_FIELD;

  /** The JSON Lines types, and their characters. */
  private static final RecordKind[] LINE_KINDS;

  private static final char[][] LINE_TYPES;
  private static final PropertyNameMatcher MATCHER;
  private static final int ID_NAME;
  private static final int MAX_FIELDS;

  static {
    List<String> names = new ArrayList<>();
    names.add("type");
    List<RecordKind> lineKinds = new ArrayList<>();
    int max = 0;
    for (RecordKind kind : KINDS) {
      for (String f : kind.fields()) {
        if (!names.contains(f)) {
          names.add(f);
        }
      }
      max = Math.max(max, kind.fields().size());
      if (Members.ofLineType(kind.singular()) == kind) {
        lineKinds.add(kind);
      }
    }
    MAX_FIELDS = max;
    NAMES = names.toArray(new String[0]);
    FIELD_OF = new int[KINDS.length][NAMES.length];
    TYPE_OF = new int[NAMES.length];
    ID_FIELD = new int[KINDS.length];
    for (RecordKind kind : KINDS) {
      for (int n = 0; n < NAMES.length; n++) {
        FIELD_OF[kind.ordinal()][n] = kind.fieldIndex(NAMES[n]);
      }
      ID_FIELD[kind.ordinal()] = kind.fieldIndex("id");
    }
    for (int n = 0; n < NAMES.length; n++) {
      TYPE_OF[n] = Members.typeOf(NAMES[n]);
    }
    ID_NAME = names.indexOf("id");
    LINE_KINDS = lineKinds.toArray(new RecordKind[0]);
    LINE_TYPES = new char[LINE_KINDS.length][];
    for (int i = 0; i < LINE_KINDS.length; i++) {
      LINE_TYPES[i] = LINE_KINDS[i].singular().toCharArray();
    }
    List<Named> named = new ArrayList<>();
    for (String n : NAMES) {
      named.add(Named.fromString(n));
    }
    MATCHER = new JsonFactory().constructNameMatcher(named, false);
  }

  /** The rows and problems read, handed to {@link #builder} as they come unless reading a chunk. */
  private final RecordBatch out;

  /** The builder, or null when reading a chunk of JSON Lines into {@link #out} only. */
  private final DatasetBuilder builder;

  /** Where {@link #out} is replayed into {@link #builder}; null with it. */
  private final RowRuns runs;

  private final String file;
  private final boolean lines;

  /** Added to the parser's line numbers. */
  private final int lineOffset;

  private JsonParser p;
  private int maxStringLength = Integer.MAX_VALUE;

  // The record being read.
  private boolean inRecord;
  private RecordKind kind;
  private String recordPointer;
  private int recordLine;
  private final long[] cells = new long[MAX_FIELDS];
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

  /** Reading a chunk: a record spans lines (its problem names a line: read it serially). */
  private boolean irregular;

  /** A problem found in a record, reported once the record's id is known. */
  private record Deferred(
      ProblemCode code, String field, String value, Object[] args, TokenStreamLocation at) {}

  /**
   * A member of a JSON Lines record read before its {@code type}.
   *
   * @param name the member's index in {@link #NAMES}, -1 when none
   * @param text the member's name
   */
  private record Early(
      int name, String text, long cell, Deferred problem, TokenStreamLocation at) {}

  private DatasetParser(
      DatasetBuilder builder,
      RecordBatch out,
      String file,
      boolean lines,
      int lineOffset,
      int headerLine) {
    this.builder = builder;
    this.runs = builder == null ? null : new RowRuns(builder);
    this.out = out;
    this.file = file;
    this.lines = lines;
    this.lineOffset = lineOffset;
    this.headerLine = headerLine;
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
    DatasetParser reader = new DatasetParser(builder, new RecordBatch(), file, lines, 0, 0);
    reader.run(mapper, in);
    builder.locator(lines ? Locators.lines(file, reader.headerLine) : Locators.document(file));
  }

  /**
   * Reads the rest of JSON Lines into the builder, from a line on (the lines before were read, up
   * to {@code headerLine}'s header): as {@link #read} would from there. Does not set the locator.
   *
   * @param in the rest of the input
   * @param lineOffset added to the parser's line numbers to give the input's
   * @param headerLine the header's line, 0 when none was read
   * @return the header's line, 0 when there is none
   */
  static int readRest(
      JsonMapper mapper,
      DatasetBuilder builder,
      InputStream in,
      String file,
      int lineOffset,
      int headerLine) {
    DatasetParser reader =
        new DatasetParser(builder, new RecordBatch(), file, true, lineOffset, headerLine);
    reader.run(mapper, in);
    return reader.headerLine;
  }

  /** What reading a chunk of JSON Lines gave. */
  record Chunk(RecordBatch batch, boolean regular, int headerLine, int lineBreaks) {}

  /**
   * Reads a chunk of JSON Lines (whole lines, from a line start) into a batch, its lines counted
   * from 1 at the chunk's first line. The chunk is irregular (to be read serially instead) when it
   * does not parse to its end or a record spans lines: what a serial read would report there
   * depends on what comes next.
   *
   * @param bytes the chunk, from {@code from}; when {@code blankFirst}, from {@code from} on comes
   *     first a line of blanks that is not part of the input (so that Jackson reads UTF-8)
   * @param headerLine the header's line, 0 when the chunk starts the input
   */
  static Chunk readChunk(
      JsonMapper mapper,
      byte[] bytes,
      int from,
      int length,
      boolean blankFirst,
      String file,
      int headerLine) {
    return readChunk(
        mapper, bytes, from, length, blankFirst, file, headerLine, new RecordBatch(length));
  }

  /** {@link #readChunk} into an empty batch the caller recycles (its buffers grow as needed). */
  static Chunk readChunk(
      JsonMapper mapper,
      byte[] bytes,
      int from,
      int length,
      boolean blankFirst,
      String file,
      int headerLine,
      RecordBatch batch) {
    DatasetParser reader =
        new DatasetParser(null, batch, file, true, blankFirst ? -1 : 0, headerLine);
    try (JsonParser parser = parser(mapper, bytes, from, length)) {
      reader.use(parser);
      reader.readLines();
      int breaks = parser.currentLocation().getLineNr() - 1 + reader.lineOffset;
      return new Chunk(batch, !reader.irregular, reader.headerLine, breaks);
    } catch (JacksonException e) {
      return new Chunk(batch, false, 0, 0);
    }
  }

  private void use(JsonParser parser) {
    p = parser;
    maxStringLength = parser.streamReadConstraints().getMaxStringLength();
  }

  private static JsonParser parser(JsonMapper mapper, byte[] bytes, int from, int length) {
    return mapper
        .reader()
        .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .without(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .createParser(bytes, from, length);
  }

  private void run(JsonMapper mapper, InputStream in) {
    try (JsonParser parser =
        mapper
            .reader()
            // Duplicate members are found here, so that they are one problem among others.
            .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .without(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .createParser(in)) {
      use(parser);
      if (lines) {
        readLines();
        if (headerLine == 0) {
          reportMissing(ProblemCodes.WRONG_FORMAT, "format", FORMAT);
          reportMissing(ProblemCodes.MISSING_FIELD, "antennas");
        }
      } else {
        readDocument();
      }
    } catch (StreamConstraintsException e) {
      fail(ProblemCodes.LIMIT_EXCEEDED, e);
    } catch (StreamReadException e) {
      String message = String.valueOf(e.getOriginalMessage());
      fail(
          message.contains("Invalid UTF-8")
              ? ProblemCodes.INVALID_ENCODING
              : ProblemCodes.MALFORMED_JSON,
          e);
    } catch (JacksonException e) {
      fail(ProblemCodes.UNREADABLE, e);
    }
    flush(true);
  }

  /** Hands what was read to the builder: at the end, or now and then while reading directly. */
  private void flush(boolean always) {
    if (builder != null && (always || out.rows() >= 1024 || out.length() >= 1 << 16)) {
      out.replay(runs, 0);
    }
    if (builder != null && always) {
      runs.close();
    }
  }

  // ---------------------------------------------------------------- the document

  private void readDocument() {
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
        report(
            ProblemCodes.WRONG_TYPE,
            p.currentTokenLocation(),
            elementPointer,
            null,
            shown(e),
            "an object");
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
            ProblemCodes.MALFORMED_JSON,
            start,
            null,
            null,
            null,
            "a line of JSON Lines holds one JSON object");
      }
      if (t != JsonToken.START_OBJECT) {
        report(ProblemCodes.WRONG_TYPE, start, null, null, shown(t), "an object");
        p.skipChildren();
      } else if (headerLine == 0) {
        headerLine = line + lineOffset;
        inHeader = true;
        readTop();
        inHeader = false;
      } else {
        recordLine = line + lineOffset;
        readRecord(null, recordLine, null);
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
      flush(false);
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
    int m;
    while ((m = p.nextNameMatch(MATCHER)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (m == PropertyNameMatcher.MATCH_ODD_TOKEN) {
        break;
      }
      String name = m >= 0 ? NAMES[m] : p.currentName();
      if (knownKind == null && m == TYPE) {
        readType();
      } else if (kind == null) {
        TokenStreamLocation at = p.currentTokenLocation();
        long cell = readValue(m, name, p.nextToken());
        early.add(new Early(m, name, cell, typeProblem, at));
      } else {
        readMember(m, name);
      }
    }
    inRecord = false;
    if (kind == null) {
      unknownType();
      return;
    }
    if (!deferred.isEmpty()) {
      String id = recordId();
      for (Deferred d : deferred) {
        out.report(problem(d, id));
      }
      deferred.clear();
    }
    out.addRow(kind, cells, kind.fields().size(), position);
  }

  private void setKind(RecordKind k) {
    kind = k;
    seen = 0;
    // no cell is read before the kind is known (members before a JSON Lines type wait in early)
    if (k != null) {
      java.util.Arrays.fill(cells, 0, k.fields().size(), RecordBatch.NULL_CELL);
    }
  }

  private void readMember(int m, String name) {
    int f = m < 0 ? -1 : FIELD_OF[kind.ordinal()][m];
    if (f < 0 || (seen & (1 << f)) != 0) {
      defer(
          f < 0 ? ProblemCodes.UNKNOWN_FIELD : ProblemCodes.DUPLICATE_FIELD,
          name,
          null,
          p.currentTokenLocation());
      p.nextToken();
      p.skipChildren();
      return;
    }
    seen |= 1 << f;
    cells[f] = readValue(m, name, p.nextToken());
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
    RecordKind k = t == JsonToken.VALUE_STRING ? lineKind() : null;
    if (k == null) {
      typeAt = p.currentTokenLocation();
      typeShown = t == JsonToken.VALUE_STRING ? p.getString() : shown(t);
      p.skipChildren();
      return;
    }
    setKind(k);
    for (Early e : early) {
      int f = e.name() < 0 ? -1 : FIELD_OF[k.ordinal()][e.name()];
      if (f < 0 || (seen & (1 << f)) != 0) {
        defer(
            f < 0 ? ProblemCodes.UNKNOWN_FIELD : ProblemCodes.DUPLICATE_FIELD,
            e.text(),
            null,
            e.at());
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

  /** The kind of the string the parser is on as a JSON Lines type ({@link Members#ofLineType}). */
  private RecordKind lineKind() {
    char[] c = p.getStringCharacters();
    int off = p.getStringOffset();
    int len = p.getStringLength();
    for (int i = 0; i < LINE_TYPES.length; i++) {
      char[] type = LINE_TYPES[i];
      if (type.length == len && java.util.Arrays.equals(type, 0, len, c, off, off + len)) {
        return LINE_KINDS[i];
      }
    }
    return null;
  }

  /** A JSON Lines record without a known type: one problem, and the record is not added. */
  private void unknownType() {
    String id = null;
    for (Early e : early) {
      if (e.name() == ID_NAME && e.problem() == null && e.cell() >= 0) {
        String text = out.text(e.cell());
        if (!text.isEmpty()) {
          id = text;
          break;
        }
      }
    }
    TokenStreamLocation at = typeAt;
    Location location = at == null ? Locators.of(file, recordLine, null) : location(at, null);
    out.report(
        Problem.of(ProblemCodes.UNKNOWN_RECORD_TYPE)
            .at(location)
            .record(null, id)
            .field("type")
            .value(typeShown)
            .build());
    for (Deferred d : deferred) {
      out.report(problem(d, id));
    }
    deferred.clear();
    early.clear();
  }

  /**
   * Reads a member's value as a cell of {@link #out}: the text of a string or integer, pathogens
   * joined with {@code |}, {@link RecordBatch#NULL_CELL} for {@code null}; {@link
   * RecordBatch#BAD_CELL} for a value of the wrong type, whose problem is left in {@link
   * #typeProblem}.
   *
   * @param m the member's index in {@link #NAMES}, negative for another name
   */
  private long readValue(int m, String field, JsonToken t) {
    typeProblem = null;
    if (t == JsonToken.VALUE_NULL) {
      return RecordBatch.NULL_CELL;
    }
    switch (m < 0 ? Members.STRING : TYPE_OF[m]) {
      case Members.INTEGER:
        if (t == JsonToken.VALUE_NUMBER_INT) {
          return text();
        }
        return wrongType(field, t, "an integer");
      case Members.PATHOGENS:
        if (t == JsonToken.START_ARRAY) {
          return readPathogens(field);
        }
        return wrongType(field, t, "an array of strings");
      default:
        if (t == JsonToken.VALUE_STRING) {
          return text();
        }
        return wrongType(field, t, "a string");
    }
  }

  /** The text of the token the parser is on, as a cell, without making a string. */
  private long text() {
    int len = p.getStringLength();
    checkLength(len);
    int start = out.append(p.getStringCharacters(), p.getStringOffset(), len);
    return RecordBatch.cell(start, start + len);
  }

  private long wrongType(String field, JsonToken t, String expected) {
    TokenStreamLocation at = p.currentTokenLocation();
    String shown = shown(t);
    p.skipChildren();
    typeProblem = new Deferred(ProblemCodes.WRONG_TYPE, field, shown, new Object[] {expected}, at);
    return RecordBatch.BAD_CELL;
  }

  private long readPathogens(String field) {
    int start = out.length();
    int count = 0;
    String bad = null;
    TokenStreamLocation badAt = null;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      if (t == JsonToken.VALUE_STRING) {
        char[] c = p.getStringCharacters();
        int off = p.getStringOffset();
        int len = p.getStringLength();
        checkLength(len);
        if (len > 0 && indexOf(c, off, len, Members.PATHOGEN_SEPARATOR) < 0) {
          if (count++ > 0) {
            out.append(Members.PATHOGEN_SEPARATOR);
          }
          out.append(c, off, len);
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
      out.truncate(start);
      typeProblem =
          new Deferred(
              ProblemCodes.WRONG_TYPE,
              field,
              bad,
              new Object[] {"an array of pathogen codes (non-empty strings without |)"},
              badAt);
      return RecordBatch.BAD_CELL;
    }
    return count == 0 ? RecordBatch.NULL_CELL : RecordBatch.cell(start, out.length());
  }

  /**
   * Refuses a string over the limit as {@link JsonParser#getString()} does (reading its characters
   * does not check it).
   */
  private void checkLength(int len) {
    if (len > maxStringLength) {
      p.streamReadConstraints().validateStringLength(len);
    }
  }

  private static int indexOf(char[] c, int off, int len, char x) {
    for (int i = off; i < off + len; i++) {
      if (c[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** The record's id as written, when it is a string. */
  private String recordId() {
    int f = ID_FIELD[kind.ordinal()];
    if (f < 0) {
      return null;
    }
    String id = out.text(cells[f]);
    return id == null || id.isEmpty() ? null : id;
  }

  // ---------------------------------------------------------------- problems

  /** How a token is shown as a problem's value: as written in JSON for scalars, else null. */
  private String shown(JsonToken t) {
    if (t == null) {
      return null;
    }
    return switch (t) {
      case VALUE_STRING -> '"' + p.getString() + '"';
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
          p.getString();
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
      ProblemCode code,
      TokenStreamLocation at,
      String pointer,
      String field,
      String value,
      Object... args) {
    out.report(
        Problem.of(code).at(location(at, pointer)).field(field).value(value).args(args).build());
  }

  /** A required member that is missing, located where it should be. */
  private void reportMissing(ProblemCode code, String name, Object... args) {
    String pointer = Pointers.child("", name);
    Location at =
        lines ? Locators.of(file, headerLine, pointer) : Location.ofPointer(file, pointer);
    out.report(Problem.of(code).at(at).field(name).args(args).build());
  }

  private Location location(TokenStreamLocation at, String pointer) {
    int line = at == null || at.getLineNr() <= 0 ? -1 : at.getLineNr() + lineOffset;
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
        TokenStreamContext c =
            context.inArray() && context.getParent() != null ? context.getParent() : context;
        field = c.currentName();
      }
    }
    String id = null;
    if (inRecord && kind != null) {
      id = recordId();
      for (Deferred d : deferred) {
        out.report(problem(d, id));
      }
      deferred.clear();
    }
    out.report(
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
