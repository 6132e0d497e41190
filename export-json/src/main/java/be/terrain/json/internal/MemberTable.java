package be.terrain.json.internal;

import be.terrain.core.RecordKind;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The member names of {@code terrain/1} records as the streaming reader matches them: every name
 * once with an index, each name's field per kind and JSON type, and the JSON Lines types. Computed
 * once, so that reading a member costs a name match and array look-ups.
 */
final class MemberTable {
  private MemberTable() {}

  private static final RecordKind[] KINDS = RecordKind.values();

  /** Every member name of a record, {@code type} first: the name matcher's indexes. */
  static final String[] NAMES;

  /** The index of {@code type} in {@link #NAMES}. */
  static final int TYPE = 0;

  /** The field of each name, per kind ({@code [kind][name]}, -1: not a field of the kind). */
  static final int[][] FIELD_OF;

  /** The JSON type of each name's value ({@link Members#typeOf}). */
  static final int[] TYPE_OF;

  /** The index of the {@code id} field per kind, -1 when none. */
  static final int[] ID_FIELD;

  /** The JSON Lines types, and their characters. */
  static final RecordKind[] LINE_KINDS;

  static final char[][] LINE_TYPES;

  /** Matches a member name to its index in {@link #NAMES}. */
  static final PropertyNameMatcher MATCHER;

  /** The index of {@code id} in {@link #NAMES}. */
  static final int ID_NAME;

  /** The most fields a kind has. */
  static final int MAX_FIELDS;

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
}
