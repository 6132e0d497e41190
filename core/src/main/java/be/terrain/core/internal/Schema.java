package be.terrain.core.internal;

import be.terrain.core.RecordKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The type, code list and range of every field of every record kind: the one place the bulk path
 * learns how to read a cell.
 */
public final class Schema {
  private Schema() {}

  /** One field's description. */
  public record Field(
      String name, FieldType type, String list, long min, long max, boolean required) {}

  private static final Map<RecordKind, Field[]> FIELDS = new EnumMap<>(RecordKind.class);

  /** The own id's column, first in every kind that has one (all but profiles). */
  public static final int ID = 0;

  /** The columns read by position: named here, where the name is checked once. */
  public static final int ORGANISATION_NAME = column(RecordKind.ORGANISATION, "name");

  /** An antenna's name. */
  public static final int ANTENNA_NAME = column(RecordKind.ANTENNA, "name");

  /** An antenna's province. */
  public static final int ANTENNA_PROVINCE = column(RecordKind.ANTENNA, "province");

  /** An antenna's kind (a code of the {@code antenna_kind} list). */
  public static final int ANTENNA_KIND = column(RecordKind.ANTENNA, "kind");

  /** A person's linkage code (see {@code docs/spec/federation.md}). */
  public static final int PERSON_LINKAGE_CODE = column(RecordKind.PERSON, "linkage_code");

  /** A profile's person (profiles have no id of their own). */
  public static final int PROFILE_PERSON = column(RecordKind.PROFILE, "person_id");

  /** A profile's date. */
  public static final int PROFILE_DATE = column(RecordKind.PROFILE, "date");

  static {
    for (RecordKind kind : RecordKind.values()) {
      List<String> names = kind.fields();
      Field[] fields = new Field[names.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = describe(kind, names.get(i));
      }
      FIELDS.put(kind, fields);
      if (kind != RecordKind.PROFILE && kind.fieldIndex("id") != ID) {
        throw new IllegalStateException(kind + ": the id is not the first field");
      }
    }
  }

  /**
   * The column of a kind's field: its position in {@link RecordKind#fields()}.
   *
   * @throws IllegalArgumentException when the kind has no such field
   */
  public static int column(RecordKind kind, String field) {
    int f = kind.fieldIndex(field);
    if (f < 0) {
      throw new IllegalArgumentException("a " + kind.singular() + " has no field " + field);
    }
    return f;
  }

  /** The fields of a kind, in canonical order. */
  public static Field[] fields(RecordKind kind) {
    return FIELDS.get(kind);
  }

  private static Field describe(RecordKind kind, String name) {
    boolean req = kind.isRequired(name);
    if (name.equals("id")) {
      return new Field(name, FieldType.ID, null, 0, 0, true);
    }
    return switch (name) {
      case "person_id" -> new Field(name, FieldType.PERSON_REF, null, 0, 0, req);
      case "antenna_id" -> new Field(name, FieldType.ANTENNA_REF, null, 0, 0, req);
      case "date", "first_contact" -> new Field(name, FieldType.DATE, null, 0, 0, req);
      case "name" -> new Field(name, FieldType.TEXT, null, 0, 0, req);
      case "province" -> new Field(name, FieldType.PROVINCE, null, 0, 0, req);
      case "kind" ->
          new Field(
              name,
              FieldType.CODE,
              kind == RecordKind.ANTENNA ? "antenna_kind" : "health_kind",
              0,
              0,
              req);
      case "role" -> code(name, "role", req);
      case "sex" -> code(name, "sex", req);
      case "birth_year" ->
          new Field(name, FieldType.BIRTH_YEAR, null, FieldRules.BIRTH_YEAR_MIN, 9999, req);
      case "nationality" -> new Field(name, FieldType.COUNTRY, null, 0, 0, req);
      case "linkage_code" -> new Field(name, FieldType.LINKAGE_CODE, null, 0, 0, req);
      case "financial_resource", "housing", "employment", "setting" -> code(name, name, req);
      case "health_coverage", "coverage" -> code(name, "health_coverage", req);
      case "channel" -> code(name, "contact_channel", req);
      case "count" ->
          new Field(name, FieldType.INT, null, FieldRules.COUNT_MIN, FieldRules.COUNT_MAX, req);
      case "domain" -> code(name, "accompaniment_domain", req);
      case "mode" -> code(name, "accompaniment_mode", req);
      case "act" -> code(name, "nursing_act", req);
      case "pathogens" -> new Field(name, FieldType.PATHOGENS, "pathogen", 0, 0, req);
      case "target" -> code(name, "paramedical_target", req);
      case "reason" -> code(name, "consultation_reason", req);
      case "item" -> code(name, "item", req);
      case "quantity" ->
          new Field(
              name, FieldType.INT, null, FieldRules.QUANTITY_MIN, FieldRules.QUANTITY_MAX, req);
      case "unit_value_cents" ->
          new Field(
              name, FieldType.INT, null, FieldRules.UNIT_VALUE_MIN, FieldRules.UNIT_VALUE_MAX, req);
      default -> throw new IllegalStateException("no schema for field " + kind + "." + name);
    };
  }

  private static Field code(String name, String list, boolean req) {
    return new Field(name, FieldType.CODE, list, 0, 0, req);
  }
}
