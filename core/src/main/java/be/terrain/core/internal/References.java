package be.terrain.core.internal;

import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;

/**
 * Resolves one table's person and antenna references to indexes in the shared id pools, while cells
 * are read: an id the pool already holds as valid is stored without checking it again; any other is
 * checked, reported when invalid, and interned. When {@link #lookUp() looking up} (a part filled
 * beside others), the shared pools only read: person references wait to be looked up in batches,
 * and ids no record has yet are kept here until {@link #resolveUnknown}.
 */
final class References {
  /**
   * Person references waiting to be looked up together (see {@link IdPool#validIdKey}): their keys
   * and rows. Only valid ids wait, so that resolving them never reports a problem (problems keep
   * their order); their cells hold {@link #WAITING} meanwhile.
   */
  private static final int BATCH = 64;

  private static final int WAITING = 0;

  private final RecordKind kind;
  private final TableBuilder.Sink sink;
  private final IdPool personIds;
  private final IdPool antennaIds;

  /** The person column, where waiting references are resolved (null for a kind without one). */
  private final IntArray personColumn;

  /** When set, references are looked up in the shared pools (which do not change meanwhile). */
  private boolean lookupRefs;

  private IdPool unknownPersons;
  private IdPool unknownAntennas;

  private final long[] waitingKeys = new long[3 * BATCH];
  private final int[] waitingRows = new int[BATCH];
  private final int[] waitingFound = new int[BATCH];
  private int waiting;

  /**
   * The last person reference found in the pool as a valid id, and its index (which never changes:
   * a pool only grows). Rows of one distribution act, and a person's profile rows, follow each
   * other: comparing a dozen chars then spares a look-up in a table of millions of ids, a cache
   * miss each time.
   */
  private char[] lastPersonId = new char[16];

  private int lastPersonLength = -1;
  private int lastPerson = -1;

  References(
      RecordKind kind,
      TableBuilder.Sink sink,
      IdPool personIds,
      IdPool antennaIds,
      IntArray personColumn) {
    this.kind = kind;
    this.sink = sink;
    this.personIds = personIds;
    this.antennaIds = antennaIds;
    this.personColumn = personColumn;
  }

  /** See {@link TableBuilder#lookUpReferences}. */
  void lookUp() {
    lookupRefs = true;
  }

  /**
   * Reads a person reference cell (not empty) of a row into its column. (Persons and antennas each
   * have their own method, so that the JIT compiles each with its own branches.)
   */
  void readPerson(int row, int f, CharSequence cell, IntArray column) {
    if (lookupRefs) {
      if (personIds.validIdKey(cell, waitingKeys, waiting)) {
        waitingRows[waiting] = row;
        column.add(WAITING);
        if (++waiting == BATCH) {
          resolveWaiting();
        }
        return;
      }
      // ids no record has are numbered in the order they come: those waiting come first
      resolveWaiting();
    }
    if (sameAsLastPerson(cell)) {
      column.add(lastPerson);
      return;
    }
    int known = personIds.findValidId(cell);
    if (known >= 0) {
      column.add(known);
      rememberPerson(cell, known);
      return;
    }
    column.add(checked(row, f, cell, true));
  }

  /** Reads an antenna reference cell (not empty) of a row into its column. */
  void readAntenna(int row, int f, CharSequence cell, IntArray column) {
    int known = antennaIds.findValidId(cell);
    if (known >= 0) {
      column.add(known);
      return;
    }
    column.add(checked(row, f, cell, false));
  }

  /** A reference not found as a valid id: checked, reported when invalid, then interned. */
  private int checked(int row, int f, CharSequence cell, boolean person) {
    boolean valid = FieldRules.isValidId(cell);
    if (!valid) {
      sink.problem(kind, row, f, ProblemCodes.INVALID_ID, cell.toString());
    }
    return reference(cell, person, valid);
  }

  /** See {@link TableBuilder#resolveWaitingPersons}. */
  void resolveWaiting() {
    if (waiting == 0) {
      return;
    }
    personIds.findValidIds(waitingKeys, waiting, waitingFound);
    IntArray column = personColumn;
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
   * A reference's pool index: in the shared pool, or (looking up, for an id no record has yet)
   * {@code -(local + 2)}, an index in this table's own pool of unknown ids, resolved at build.
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

  /**
   * Replaces, in the sealed table's reference columns, the references to ids unknown while looking
   * up by their index in the shared pools (which are added to them now).
   */
  void resolveUnknown(Table sealed, Schema.Field[] fields) {
    for (int f = 0; f < fields.length; f++) {
      if (fields[f].type() == FieldType.PERSON_REF) {
        addUnknown(sealed.ints(f), unknownPersons, personIds);
      } else if (fields[f].type() == FieldType.ANTENNA_REF) {
        addUnknown(sealed.ints(f), unknownAntennas, antennaIds);
      }
    }
  }

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
