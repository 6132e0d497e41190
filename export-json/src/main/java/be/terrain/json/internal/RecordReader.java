package be.terrain.json.internal;

import static be.terrain.json.internal.MemberTable.FIELD_OF;
import static be.terrain.json.internal.MemberTable.ID_FIELD;
import static be.terrain.json.internal.MemberTable.ID_NAME;
import static be.terrain.json.internal.MemberTable.LINE_KINDS;
import static be.terrain.json.internal.MemberTable.LINE_TYPES;
import static be.terrain.json.internal.MemberTable.MATCHER;
import static be.terrain.json.internal.MemberTable.NAMES;
import static be.terrain.json.internal.MemberTable.TYPE;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads the records of a {@code terrain/1} input for {@link DatasetParser}, one object at a time,
 * into a {@link RecordBatch}: each member's value as a cell, without making strings; the problems
 * of JSON (types, unknown and duplicate members, a JSON Lines type that is not one) reported once
 * the record's id is known. Where a JSON Lines record's {@code type} comes after other members,
 * those wait until it is read.
 *
 * <p>One instance reads one input; not thread-safe.
 */
final class RecordReader {
  private final RecordBatch out;
  private final ProblemLocator locator;
  private final ValueReader values;

  private JsonParser p;

  // The record being read.
  private boolean inRecord;
  private RecordKind kind;
  private String recordPointer;
  private final long[] cells = new long[MemberTable.MAX_FIELDS];
  private int seen;
  private final DeferredProblems deferred = new DeferredProblems();
  // JSON Lines: the type member, and members read before it.
  private boolean typeSeen;
  private String typeShown;
  private TokenStreamLocation typeAt;
  private final List<Early> early = new ArrayList<>();
  // Whether the parser is reading a member's name (a malformed one is not the member before).
  private boolean readingName;
  private String lastName;

  /**
   * A member of a JSON Lines record read before its {@code type}.
   *
   * @param name the member's index in {@link MemberTable#NAMES}, -1 when none
   * @param text the member's name
   */
  private record Early(
      int name, String text, long cell, Deferred problem, TokenStreamLocation at) {}

  /**
   * @param out where the rows and problems go
   * @param locator where the input's problems are
   */
  RecordReader(RecordBatch out, ProblemLocator locator) {
    this.out = out;
    this.locator = locator;
    this.values = new ValueReader(out);
  }

  /** Reads from a parser from now on. */
  void use(JsonParser parser) {
    p = parser;
    values.use(parser);
  }

  /** Whether a record is being read (reading stopped within it). */
  boolean inRecord() {
    return inRecord;
  }

  /**
   * Reading stopped within the record: reports the problems found in it so far.
   *
   * @return the record's id, or null
   */
  String stopped() {
    if (!inRecord || kind == null) {
      return null;
    }
    String id = recordId();
    reportDeferred(id);
    return id;
  }

  /** The kind of the record being read, null when not known or not in a record. */
  RecordKind kind() {
    return inRecord ? kind : null;
  }

  /**
   * Reads a record's object (the parser is on its start) and adds it to the batch.
   *
   * @param knownKind the kind, or null for a JSON Lines record (its {@code type} says)
   * @param position the position the builder hands back to the locator
   * @param pointer the record's pointer, or null for a JSON Lines record
   */
  void read(RecordKind knownKind, int position, String pointer) {
    inRecord = true;
    readingName = false;
    lastName = null;
    recordPointer = pointer;
    deferred.clear();
    early.clear();
    typeSeen = false;
    typeShown = null;
    typeAt = null;
    setKind(knownKind);
    int m;
    while ((m = nextName()) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (m == PropertyNameMatcher.MATCH_ODD_TOKEN) {
        break;
      }
      String name = m >= 0 ? NAMES[m] : p.currentName();
      if (knownKind == null && m == TYPE) {
        readType();
      } else if (kind == null && early.size() >= DeferredProblems.MAX_KEPT) {
        deferred.count(p.currentTokenLocation()); // bounded: counted, not kept
        p.nextToken();
        p.skipChildren();
      } else if (kind == null) {
        TokenStreamLocation at = p.currentTokenLocation();
        long cell = values.read(m, name, p.nextToken());
        early.add(new Early(m, name, cell, values.problem(), at));
      } else {
        readMember(m, name);
      }
    }
    inRecord = false;
    if (kind == null) {
      unknownType(position);
      return;
    }
    if (!deferred.isEmpty()) {
      reportDeferred(recordId());
    }
    out.addRow(kind, cells, kind.fields().size(), position);
  }

  private int nextName() {
    readingName = true;
    int m = p.nextNameMatch(MATCHER);
    readingName = false;
    lastName = m >= 0 ? NAMES[m] : p.currentName();
    return m;
  }

  /**
   * Whether reading stopped on a member's name that could not be read (the parser's current name is
   * still the member before): a malformed name is blamed on the record (its pointer, no field), not
   * on the member before it.
   *
   * @param currentName the parser's current name where it stopped
   */
  boolean stoppedOnName(String currentName) {
    return inRecord && readingName && java.util.Objects.equals(currentName, lastName);
  }

  /** The pointer of the record being read, null for a JSON Lines record. */
  String recordPointer() {
    return recordPointer;
  }

  private void setKind(RecordKind k) {
    kind = k;
    seen = 0;
    // no cell is read before the kind is known (members before a JSON Lines type wait in early)
    if (k != null) {
      Arrays.fill(cells, 0, k.fields().size(), RecordBatch.NULL_CELL);
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
    cells[f] = values.read(m, name, p.nextToken());
    if (values.problem() != null) {
      deferred.add(values.problem());
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
      typeShown = t == JsonToken.VALUE_STRING ? p.getString() : shown(p, t);
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
      if (type.length == len && Arrays.equals(type, 0, len, c, off, off + len)) {
        return LINE_KINDS[i];
      }
    }
    return null;
  }

  /** A JSON Lines record without a known type: one problem, and the record is not added. */
  private void unknownType(int recordLine) {
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
    Location location = at == null ? locator.onLine(recordLine, null) : locator.at(at, null);
    out.report(
        Problem.of(ProblemCodes.UNKNOWN_RECORD_TYPE)
            .at(location)
            .record(null, id)
            .field("type")
            .value(typeShown)
            .build());
    reportDeferred(id);
    early.clear();
  }

  /**
   * The record's id as written, when it is a string: also when it is not valid text (a lone
   * surrogate), whose encoding problem keeps it as written.
   */
  private String recordId() {
    int f = ID_FIELD[kind.ordinal()];
    if (f < 0) {
      return null;
    }
    if (cells[f] == RecordBatch.BAD_CELL) {
      for (Deferred d : deferred) {
        if (d.code() == ProblemCodes.INVALID_ENCODING && "id".equals(d.field())) {
          return d.value();
        }
      }
    }
    String id = out.text(cells[f]);
    return id == null || id.isEmpty() ? null : id;
  }

  /** How a token is shown as a problem's value: as written in JSON for scalars, else null. */
  static String shown(JsonParser p, JsonToken t) {
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

  /** Reports the record's deferred problems, and one for those counted past the kept ones. */
  private void reportDeferred(String id) {
    for (Deferred d : deferred) {
      out.report(problem(d, id));
    }
    if (deferred.overflow() > 0) {
      out.report(
          Problem.of(ProblemCodes.LIMIT_EXCEEDED)
              .at(locator.at(deferred.firstOverflow(), recordPointer))
              .record(kind, id)
              .args(
                  deferred.overflow()
                      + " more problems in this record, past the "
                      + DeferredProblems.MAX_KEPT
                      + " reported")
              .build());
    }
    deferred.clear();
  }

  private void defer(ProblemCode code, String field, String value, TokenStreamLocation at) {
    deferred.add(new Deferred(code, field, value, new Object[0], at));
  }

  private Problem problem(Deferred d, String id) {
    String pointer = recordPointer == null ? null : Pointers.child(recordPointer, d.field());
    return Problem.of(d.code())
        .at(locator.at(d.at(), pointer))
        .record(kind, id)
        .field(d.field())
        .value(d.value())
        .args(d.args())
        .build();
  }
}
