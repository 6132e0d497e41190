package be.terrain.core;

import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;

/**
 * Rows of cells for the builder's bulk path: a valid row of each kind, changed field by field, and
 * a base dataset (organisation {@code org}, antenna {@code a1}, person {@code p1}) for them to
 * refer to. The default rows use ids that do not clash with the base.
 */
final class Rows {
  private Rows() {}

  /** The day validation takes as "the day the file is read". */
  static final LocalDate TODAY = LocalDate.of(2021, 6, 30);

  private static final Map<RecordKind, Map<String, String>> VALID = new EnumMap<>(RecordKind.class);

  static {
    VALID.put(RecordKind.ORGANISATION, fields("id", "org", "name", "Org"));
    VALID.put(
        RecordKind.ANTENNA,
        fields("id", "a2", "name", "Antenna two", "province", "BE-WBR", "kind", "ANTENNA"));
    VALID.put(RecordKind.PERSON, fields("id", "p2", "role", "SEX_WORKER"));
    VALID.put(
        RecordKind.PROFILE, fields("person_id", "p1", "date", "2020-01-01", "housing", "ADEQUATE"));
    VALID.put(
        RecordKind.CONTACT,
        fields(
            "id",
            "c1",
            "date",
            "2020-01-01",
            "antenna_id",
            "a1",
            "channel",
            "STREET",
            "person_id",
            "p1",
            "count",
            "1"));
    VALID.put(
        RecordKind.ACCOMPANIMENT,
        fields(
            "id",
            "ac1",
            "date",
            "2020-01-01",
            "antenna_id",
            "a1",
            "person_id",
            "p1",
            "domain",
            "CPAS"));
    VALID.put(
        RecordKind.HEALTH,
        fields(
            "id",
            "h1",
            "date",
            "2020-01-01",
            "antenna_id",
            "a1",
            "person_id",
            "p1",
            "kind",
            "MEDICAL_CONSULTATION"));
    VALID.put(
        RecordKind.DISTRIBUTION,
        fields(
            "id",
            "d1",
            "date",
            "2020-01-01",
            "antenna_id",
            "a1",
            "person_id",
            "p1",
            "item",
            "CONDOM",
            "quantity",
            "10"));
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /**
   * A valid row of the kind with some fields changed: {@code row(CONTACT, "count", "0")}; a null
   * value empties the cell.
   */
  static String[] row(RecordKind kind, String... overrides) {
    Map<String, String> m = new LinkedHashMap<>(VALID.get(kind));
    for (int i = 0; i < overrides.length; i += 2) {
      if (kind.fieldIndex(overrides[i]) < 0) {
        throw new IllegalArgumentException(kind + " has no field " + overrides[i]);
      }
      m.put(overrides[i], overrides[i + 1]);
    }
    String[] cells = new String[kind.fields().size()];
    m.forEach((f, v) -> cells[kind.fieldIndex(f)] = v);
    return cells;
  }

  /** A builder holding organisation {@code org}, antenna {@code a1} and person {@code p1}. */
  static DatasetBuilder base() {
    return Dataset.builder()
        .addRow(RecordKind.ORGANISATION, row(RecordKind.ORGANISATION), 2)
        .addRow(
            RecordKind.ANTENNA,
            row(RecordKind.ANTENNA, "id", "a1", "province", "BE-WHT", "kind", "SERVICE"),
            2)
        .addRow(RecordKind.PERSON, row(RecordKind.PERSON, "id", "p1"), 2);
  }

  /** Every problem of the base with the rows added, as of {@link #TODAY}. */
  static List<Problem> problems(DatasetBuilder b) {
    return b.build().validateWithoutPlugins(TODAY).problems();
  }

  /** Every problem of the base plus one row of the kind. */
  static List<Problem> problemsOf(RecordKind kind, String... overrides) {
    return problems(base().addRow(kind, row(kind, overrides), 3));
  }

  /** A problem as (code, kind, record id, field, value), nulls for what is absent. */
  static Tuple describe(Problem p) {
    return tuple(
        p.code().code(),
        p.recordKind().orElse(null),
        p.recordId().orElse(null),
        p.field().orElse(null),
        p.value().orElse(null));
  }

  /** The expected description of a problem. */
  static Tuple problem(String code, RecordKind kind, String id, String field, String value) {
    return tuple(code, kind, id, field, value);
  }
}
