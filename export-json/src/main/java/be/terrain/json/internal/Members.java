package be.terrain.json.internal;

import be.terrain.core.RecordKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the format says of each member of a record: its JSON type, and each kind's field indexes.
 */
public final class Members {
  private Members() {}

  /** A member whose value is a JSON string. */
  public static final int STRING = 0;

  /** A member whose value is a JSON integer. */
  public static final int INTEGER = 1;

  /** The {@code pathogens} member: an array of strings. */
  public static final int PATHOGENS = 2;

  private static final Set<String> INTEGERS =
      Set.of("birth_year", "count", "quantity", "unit_value_cents");

  /** The member holding the pathogens. */
  public static final String PATHOGENS_MEMBER = "pathogens";

  /** The separator of pathogens in a cell. */
  public static final char PATHOGEN_SEPARATOR = '|';

  private static final Map<String, RecordKind> BY_COLLECTION = new HashMap<>();
  private static final Map<String, RecordKind> BY_LINE_TYPE = new HashMap<>();

  static {
    for (RecordKind kind : RecordKind.values()) {
      BY_COLLECTION.put(kind.collection(), kind);
      if (kind != RecordKind.ORGANISATION && kind != RecordKind.ANTENNA) {
        BY_LINE_TYPE.put(kind.singular(), kind);
      }
    }
  }

  /** The JSON type of a field: {@link #STRING}, {@link #INTEGER} or {@link #PATHOGENS}. */
  public static int typeOf(String field) {
    if (INTEGERS.contains(field)) {
      return INTEGER;
    }
    return field.equals(PATHOGENS_MEMBER) ? PATHOGENS : STRING;
  }

  /** The kind whose records a document member holds ({@code contacts}), or null. */
  public static RecordKind ofCollection(String member) {
    return BY_COLLECTION.get(member);
  }

  /**
   * The kind of a JSON Lines record {@code type} (person, profile, contact, accompaniment, health,
   * distribution), or null: the organisation and antennas are in the first line only.
   */
  public static RecordKind ofLineType(String type) {
    return BY_LINE_TYPE.get(type);
  }
}
