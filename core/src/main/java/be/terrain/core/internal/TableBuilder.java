package be.terrain.core.internal;

import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cells of one record kind into columns, applying every field rule on the way (the bulk
 * validation path: no reflection, no object per record). Problems go to a {@link Sink}.
 */
public final class TableBuilder {
  /** Receives field problems. */
  public interface Sink {
    /** A problem on a row's field. */
    void problem(
        RecordKind kind, int row, int field, ProblemCode code, String value, Object... args);
  }

  /** A cell a reader already reported as unreadable (compare by identity). */
  @SuppressWarnings("StringOperationCanBeSimplified")
  public static final String INVALID_CELL = new String("\u0000invalid");

  private final RecordKind kind;
  private final Schema.Field[] fields;
  private final CodeList[] lists;
  private final CellLookups.Codes[] lookups;
  private final IntArray[] ints;
  private final ByteArray[] codes;
  private final List<String>[] texts;
  private final Positions.Builder positions = new Positions.Builder();
  private final Map<Long, String> raw = new HashMap<>();
  private final IdPool ownIds;
  private final IdPool personIds;
  private final IdPool antennaIds;

  /** When set, references are looked up in the shared pools (which do not change meanwhile). */
  private boolean lookupRefs;

  private IdPool unknownPersons;
  private IdPool unknownAntennas;
  private final Sink sink;
  private final int kindField;

  /**
   * Per code field, the index of the code {@code UNKNOWN} where the field does not allow it (sex),
   * else -1: one int comparison per cell instead of comparing text.
   */
  private final int[] unknownCode;

  /** Health's kind-specific columns, and the kind and act codes they depend on (-1: none). */
  private final int actField;

  private final int pathogensField;
  private final int targetField;
  private final int coverageField;
  private final int reasonField;
  private final int nursingCare;
  private final int paramedical;
  private final int consultation;
  private final int rapidTest;
  private final int countField;
  private final int personField;
  private int size;

  /** The frozen columns, once {@link #seal sealed}. */
  private Table sealed;

  private boolean built;

  @SuppressWarnings("unchecked")
  TableBuilder(
      RecordKind kind,
      CodeRegistry registry,
      IdPool ownIds,
      IdPool personIds,
      IdPool antennaIds,
      Sink sink) {
    this.kind = kind;
    this.fields = Schema.fields(kind);
    this.lists = new CodeList[fields.length];
    this.lookups = new CellLookups.Codes[fields.length];
    this.ints = new IntArray[fields.length];
    this.codes = new ByteArray[fields.length];
    this.texts = new List[fields.length];
    this.unknownCode = new int[fields.length];
    java.util.Arrays.fill(unknownCode, -1);
    this.ownIds = ownIds;
    this.personIds = personIds;
    this.antennaIds = antennaIds;
    this.sink = sink;
    for (int f = 0; f < fields.length; f++) {
      switch (fields[f].type()) {
        case CODE, PATHOGENS -> {
          lists[f] = registry.list(fields[f].list());
          // Codes are stored as bytes and item sets as int bit sets; a pathogen set is an int whose
          // sign bit would collide with the ABSENT and INVALID sentinels, hence one code less.
          int max = fields[f].type() == FieldType.PATHOGENS ? 31 : 32;
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
          if (fields[f].type() == FieldType.CODE) {
            codes[f] = new ByteArray();
          } else {
            ints[f] = new IntArray();
          }
        }
        case TEXT, PROVINCE -> texts[f] = new ArrayList<>();
        default -> ints[f] = new IntArray();
      }
    }
    this.kindField = kind == RecordKind.HEALTH ? kind.fieldIndex("kind") : -1;
    this.actField = kind.fieldIndex("act");
    this.pathogensField = kind.fieldIndex("pathogens");
    this.targetField = kind.fieldIndex("target");
    this.coverageField = kind.fieldIndex("coverage");
    this.reasonField = kind.fieldIndex("reason");
    if (kindField >= 0) {
      nursingCare = lists[kindField].indexOf("NURSING_CARE");
      paramedical = lists[kindField].indexOf("PARAMEDICAL_ACCOMPANIMENT");
      consultation = lists[kindField].indexOf("MEDICAL_CONSULTATION");
      rapidTest = lists[actField].indexOf("RAPID_TEST");
    } else {
      nursingCare = -1;
      paramedical = -1;
      consultation = -1;
      rapidTest = -1;
    }
    this.countField = kind.fieldIndex("count");
    this.personField = kind.fieldIndex("person_id");
  }

  /**
   * From now on, references to persons and antennas are found in the shared pools, which only read
   * them (the caller guarantees they do not change meanwhile), so that this builder may fill on
   * another thread than the builders of other kinds; ids no record has yet are kept here and added
   * to the shared pools when the table is built.
   */
  public void lookUpReferences() {
    lookupRefs = true;
  }

  /** The number of rows so far. */
  public int size() {
    return size;
  }

  /**
   * Adds a row.
   *
   * @param cells the cells in canonical field order; null or empty for an empty cell, {@link
   *     #INVALID_CELL} for a cell the reader already reported
   * @param position where the reader found the row (line or index), for locating problems
   */
  public void add(CharSequence[] cells, int position) {
    // (no row after seal: the builder refuses it before, and a sealed kind has no open part)
    int row = size++;
    positions.add(position);
    for (int f = 0; f < fields.length; f++) {
      CharSequence cell = f < cells.length ? cells[f] : null;
      read(row, f, cell);
    }
    if (kind == RecordKind.HEALTH) {
      checkHealthKind(row, cells);
    } else if (kind == RecordKind.CONTACT) {
      int count = ints[countField].get(row);
      // (a person reference waiting to be looked up holds WAITING, which is not ABSENT either)
      int person = ints[personField].get(row);
      if (person != Table.ABSENT && count != Table.INVALID && count != Table.ABSENT && count != 1) {
        sink.problem(kind, row, countField, ProblemCodes.IDENTIFIED_COUNT, Integer.toString(count));
      }
    }
  }

  private void read(int row, int f, CharSequence cell) {
    Schema.Field field = fields[f];
    boolean empty = cell == null || (cell != INVALID_CELL && cell.length() == 0);
    if (cell == INVALID_CELL) {
      storeInvalid(row, f, null);
      return;
    }
    if (empty) {
      if (field.required()) {
        sink.problem(kind, row, f, ProblemCodes.MISSING_VALUE, null);
      }
      storeAbsent(row, f);
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
      case PERSON_REF -> readReference(row, f, cell, personIds, true);
      case ANTENNA_REF -> readReference(row, f, cell, antennaIds, false);
      case DATE -> {
        int d = FieldRules.parseDate(cell);
        if (d == FieldRules.NO_DATE) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.INVALID_DATE, text);
          storeInvalid(row, f, text);
        } else {
          ints[f].add(d);
        }
      }
      case CODE -> {
        int index = lookups[f].indexOf(cell);
        if (index < 0) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.UNKNOWN_CODE, text, lists[f].id());
          storeInvalid(row, f, text);
        } else if (index == unknownCode[f]) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.UNKNOWN_NOT_ALLOWED, text);
          storeInvalid(row, f, text);
        } else {
          codes[f].add(index);
        }
      }
      case INT -> {
        long parsed = FieldRules.parseInteger(cell);
        if (parsed == FieldRules.NO_INTEGER) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.INVALID_INTEGER, text);
          storeInvalid(row, f, text);
        } else {
          int v = (int) parsed;
          if (!FieldRules.inRange(v, field.min(), field.max())) {
            String text = cell.toString();
            sink.problem(kind, row, f, ProblemCodes.OUT_OF_RANGE, text, field.min(), field.max());
            storeInvalid(row, f, text);
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
          storeInvalid(row, f, text);
        } else {
          ints[f].add(Integer.parseInt(cell, 0, 4, 10));
        }
      }
      case COUNTRY -> {
        int index = CellLookups.country(cell);
        if (index < 0) {
          String text = cell.toString();
          sink.problem(kind, row, f, ProblemCodes.INVALID_NATIONALITY, text);
          storeInvalid(row, f, text);
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
    }
  }

  /**
   * A reference's pool index: in the shared pool, or (looking up, for an id no record has yet)
   * {@code -(local + 2)}, an index in this builder's own pool of unknown ids, resolved at build.
   */
  private int reference(CharSequence cell, boolean person, boolean ascii) {
    IdPool shared = person ? personIds : antennaIds;
    if (!lookupRefs) {
      return shared.internReference(cell, ascii);
    }
    int i = ascii ? shared.findAscii(cell) : shared.find(cell);
    if (i >= 0) {
      return i;
    }
    IdPool unknown = person ? unknownPersons : unknownAntennas;
    if (unknown == null) {
      unknown = new IdPool();
      if (person) {
        unknownPersons = unknown;
      } else {
        unknownAntennas = unknown;
      }
    }
    return -(unknown.intern(cell) + 2);
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
      storeInvalid(row, f, cell.toString());
    } else {
      ints[f].add(mask);
    }
  }

  /**
   * A person or antenna reference: an id the pool already holds as valid is stored without checking
   * it again; any other is checked, reported when invalid, and interned. In a part, a person
   * reference that is a valid id waits to be looked up with the next ones ({@link
   * #resolveWaitingPersons}).
   */
  private void readReference(int row, int f, CharSequence cell, IdPool pool, boolean person) {
    if (person && lookupRefs) {
      if (pool.validIdKey(cell, waitingKeys, waiting)) {
        waitingRows[waiting] = row;
        ints[f].add(WAITING);
        if (++waiting == BATCH) {
          resolveWaitingPersons();
        }
        return;
      }
      // ids no record has are numbered in the order they come: those waiting come first
      resolveWaitingPersons();
    }
    if (person && sameAsLastPerson(cell)) {
      ints[f].add(lastPerson);
      return;
    }
    int known = pool.findValidId(cell);
    if (known >= 0) {
      ints[f].add(known);
      if (person) {
        rememberPerson(cell, known);
      }
      return;
    }
    boolean valid = FieldRules.isValidId(cell);
    if (!valid) {
      sink.problem(kind, row, f, ProblemCodes.INVALID_ID, cell.toString());
    }
    ints[f].add(reference(cell, person, valid));
  }

  /**
   * Person references waiting to be looked up together (see {@link IdPool#validIdKey}): their keys
   * and rows. Only valid ids wait, so that resolving them never reports a problem (problems keep
   * their order); their cells hold {@link #WAITING} meanwhile.
   */
  private static final int BATCH = 64;

  private static final int WAITING = 0;
  private final long[] waitingKeys = new long[3 * BATCH];
  private final int[] waitingRows = new int[BATCH];
  private final int[] waitingFound = new int[BATCH];
  private int waiting;

  /**
   * Resolves the person references waiting to be looked up; the builder calls it before the shared
   * pools change again (when a part closes).
   */
  public void resolveWaitingPersons() {
    if (waiting == 0) {
      return;
    }
    personIds.findValidIds(waitingKeys, waiting, waitingFound);
    IntArray column = ints[personField];
    for (int i = 0; i < waiting; i++) {
      int index = waitingFound[i];
      if (index < 0) {
        index = reference(IdPool.keyText(waitingKeys, i), true, true);
      }
      column.set(waitingRows[i], index);
    }
    waiting = 0;
  }

  /**
   * The last person reference found in the pool as a valid id, and its index (which never changes:
   * a pool only grows). Rows of one distribution act, and a person's profile rows, follow each
   * other: comparing a dozen chars then spares a look-up in a table of millions of ids, a cache
   * miss each time.
   */
  private char[] lastPersonId = new char[16];

  private int lastPersonLength = -1;
  private int lastPerson = -1;

  private boolean sameAsLastPerson(CharSequence cell) {
    int n = cell.length();
    if (n != lastPersonLength) {
      return false;
    }
    char[] last = lastPersonId;
    for (int i = 0; i < n; i++) {
      if (last[i] != cell.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void rememberPerson(CharSequence cell, int index) {
    int n = cell.length();
    if (n > lastPersonId.length) {
      lastPersonId = new char[Math.max(n, lastPersonId.length * 2)];
    }
    for (int i = 0; i < n; i++) {
      lastPersonId[i] = cell.charAt(i);
    }
    lastPersonLength = n;
    lastPerson = index;
  }

  private void storeAbsent(int row, int f) {
    switch (fields[f].type()) {
      case CODE -> codes[f].add(Table.CODE_ABSENT);
      case TEXT, PROVINCE -> texts[f].add(null);
      default -> ints[f].add(Table.ABSENT);
    }
  }

  private void storeInvalid(int row, int f, String text) {
    if (text != null) {
      raw.put(Table.key(row, f), text);
    }
    switch (fields[f].type()) {
      case CODE -> codes[f].add(Table.CODE_INVALID);
      case TEXT, PROVINCE -> texts[f].add(text);
      default -> ints[f].add(Table.INVALID);
    }
  }

  /** The kind-specific columns of health.csv: required for their kind, empty for the others. */
  private void checkHealthKind(int row, CharSequence[] cells) {
    byte k = codes[kindField].last();
    if (k < 0) {
      return;
    }
    String kindCode = lists[kindField].get(k).code();
    boolean nursing = k == nursingCare;
    boolean rapid = false;
    if (nursing) {
      byte a = codes[actField].last();
      rapid = a >= 0 && a == rapidTest;
    }
    requireFor(row, cells, actField, nursing, kindCode);
    if (nursing && rapid) {
      requireFor(row, cells, pathogensField, true, kindCode);
    } else if (present(cells, pathogensField)) {
      String forWhat = nursing ? kindCode + " " + cellText(cells, actField) : kindCode;
      requireFor(row, cells, pathogensField, false, forWhat);
    }
    requireFor(row, cells, targetField, k == paramedical, kindCode);
    emptyUnless(row, cells, coverageField, k == consultation, kindCode);
    emptyUnless(row, cells, reasonField, k == consultation, kindCode);
  }

  private static String cellText(CharSequence[] cells, int f) {
    return f < cells.length && cells[f] != null ? cells[f].toString() : "";
  }

  private static boolean present(CharSequence[] cells, int f) {
    return f < cells.length
        && cells[f] != null
        && (cells[f] == INVALID_CELL || cells[f].length() > 0);
  }

  private void requireFor(int row, CharSequence[] cells, int f, boolean belongs, String kindCode) {
    if (belongs) {
      if (!present(cells, f)) {
        sink.problem(kind, row, f, ProblemCodes.MISSING_VALUE, null);
      }
    } else {
      emptyUnless(row, cells, f, false, kindCode);
    }
  }

  private void emptyUnless(int row, CharSequence[] cells, int f, boolean belongs, String kindCode) {
    if (!belongs && present(cells, f)) {
      sink.problem(
          kind,
          row,
          f,
          ProblemCodes.FIELD_NOT_FOR_KIND,
          cells[f] == INVALID_CELL ? null : cells[f].toString(),
          kindCode);
    }
  }

  /**
   * Freezes the columns now, on the calling thread, so that {@link #build} has little left to do:
   * no row may be added after. The references to ids no record had while looking up are resolved at
   * build, which adds them to the shared pools (that must not change while other builders look
   * references up in them).
   */
  void seal() {
    if (sealed != null) {
      return;
    }
    resolveWaitingPersons();
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
    }
    sealed = new Table(kind, size, i, c, t, positions.build(), Map.copyOf(raw));
    raw.clear();
  }

  /** Whether {@link #seal} was called. */
  boolean isSealed() {
    return sealed != null;
  }

  /**
   * Seals the table if not done yet, then resolves the references to ids unknown while looking up.
   * Called once, by the builder's build (the columns it returns are then resolved in place).
   *
   * @throws IllegalStateException when called twice
   */
  Table build() {
    if (built) {
      throw new IllegalStateException("the " + kind + " table is built already");
    }
    built = true;
    seal();
    for (int f = 0; f < fields.length; f++) {
      if (fields[f].type() == FieldType.PERSON_REF) {
        addUnknown(sealed.ints(f), unknownPersons, personIds);
      } else if (fields[f].type() == FieldType.ANTENNA_REF) {
        addUnknown(sealed.ints(f), unknownAntennas, antennaIds);
      }
    }
    return sealed;
  }

  /** Replaces the references to ids unknown while looking up by their index in the shared pool. */
  private static void addUnknown(int[] column, IdPool unknown, IdPool shared) {
    if (unknown == null) {
      return;
    }
    int[] index = new int[unknown.size()];
    for (int u = 0; u < index.length; u++) {
      index[u] = shared.intern(unknown.get(u));
    }
    for (int r = 0; r < column.length; r++) {
      int v = column[r];
      if (v < 0 && v != Table.ABSENT && v != Table.INVALID) {
        column[r] = index[-v - 2];
      }
    }
  }
}
