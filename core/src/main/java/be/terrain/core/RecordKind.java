package be.terrain.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The kinds of record a dataset holds, with the field names of the exchange format ({@code
 * terrain/1}) in their canonical order. Field names are those problems name in {@code field}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RecordKind {
  /** The organisation (one per dataset). */
  ORGANISATION("organisation", "organisation", List.of("id", "name")),
  /** A site of the organisation. */
  ANTENNA("antennas", "antenna", List.of("id", "name", "province", "kind")),
  /** A pseudonymous person. */
  PERSON(
      "persons",
      "person",
      List.of("id", "role", "sex", "birth_year", "nationality", "first_contact", "linkage_code")),
  /** A person's situation as assessed on a date. */
  PROFILE(
      "profiles",
      "profile",
      List.of(
          "person_id",
          "date",
          "financial_resource",
          "housing",
          "employment",
          "health_coverage",
          "setting")),
  /** A contact, identified or anonymous. */
  CONTACT(
      "contacts", "contact", List.of("id", "date", "antenna_id", "channel", "person_id", "count")),
  /** A psychosocial accompaniment. */
  ACCOMPANIMENT(
      "accompaniments",
      "accompaniment",
      List.of("id", "date", "antenna_id", "person_id", "domain", "mode")),
  /** A health intervention. */
  HEALTH(
      "health",
      "health",
      List.of(
          "id",
          "date",
          "antenna_id",
          "person_id",
          "kind",
          "act",
          "pathogens",
          "target",
          "coverage",
          "reason")),
  /** One item of a distribution act. */
  DISTRIBUTION(
      "distributions",
      "distribution",
      List.of("id", "date", "antenna_id", "person_id", "item", "quantity", "unit_value_cents"));

  private final String collection;
  private final String singular;
  private final List<String> fields;

  /**
   * The position of each field: {@link #fieldIndex} is called for every table a read builds and
   * every record a table makes, where searching the list cost more than a look-up.
   */
  private final Map<String, Integer> fieldIndexes;

  RecordKind(String collection, String singular, List<String> fields) {
    this.collection = collection;
    this.singular = singular;
    this.fields = fields;
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      indexes.put(fields.get(i), i);
    }
    this.fieldIndexes = indexes;
  }

  /**
   * {@return the plural name of the records, e.g. {@code contacts} (the JSON member and CSV file
   * stem)}
   */
  public String collection() {
    return collection;
  }

  /** {@return the singular name, e.g. {@code contact} (the JSON Lines {@code type})} */
  public String singular() {
    return singular;
  }

  /** {@return the field names in canonical order} */
  public List<String> fields() {
    return fields;
  }

  /**
   * {@return the position of a field in {@link #fields()}, or -1}
   *
   * @param field a field name, e.g. {@code birth_year}
   */
  public int fieldIndex(String field) {
    Integer i = fieldIndexes.get(Objects.requireNonNull(field)); // as List.of(...).indexOf
    return i == null ? -1 : i;
  }

  /**
   * {@return whether the field is required for every row of the kind}
   *
   * @param field a field of the kind
   */
  public boolean isRequired(String field) {
    return switch (this) {
      case ORGANISATION, ANTENNA -> true;
      case PERSON -> field.equals("id") || field.equals("role");
      case PROFILE -> field.equals("person_id") || field.equals("date");
      case CONTACT -> !field.equals("person_id") && !field.equals("count");
      case ACCOMPANIMENT -> !field.equals("mode");
      case HEALTH -> List.of("id", "date", "antenna_id", "kind").contains(field);
      case DISTRIBUTION -> !field.equals("person_id") && !field.equals("unit_value_cents");
    };
  }
}
