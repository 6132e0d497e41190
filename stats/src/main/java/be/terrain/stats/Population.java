package be.terrain.stats;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a table counts over, in a scope and period: either the records of a {@link Subject}
 * (optionally narrowed to those whose dimension has a given code), or the persons who have at least
 * one record in some record populations.
 *
 * <p>Build them with {@link #records}, {@link #where} and {@link #personsOf}; the standard ones are
 * constants. Two populations are equal when they are defined alike; tables over equal populations
 * share their work.
 *
 * @param id a short name for messages, e.g. {@code psychosocial}
 * @param subject what the population is made of
 * @param conditions for records: each record must have the condition's code (empty: every record)
 * @param sources for persons: the record populations whose identified persons make it up
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Population(
    String id, Subject subject, List<Condition> conditions, List<Population> sources) {

  /**
   * A record's dimension has a code.
   *
   * @param dimension a dimension of the population's subject
   * @param code a code of the dimension's list
   */
  public record Condition(Dimension dimension, String code) {
    /**
     * Refuses nulls.
     *
     * @param dimension a dimension of the population's subject
     * @param code a code of the dimension's list
     */
    public Condition {
      requireNonNull(dimension, "dimension");
      requireNonNull(code, "code");
    }
  }

  /** Every contact row. */
  public static final Population CONTACT_ROWS = records("contacts", Subject.CONTACT);

  /** Every accompaniment row. */
  public static final Population ACCOMPANIMENT_ROWS =
      records("accompaniments", Subject.ACCOMPANIMENT);

  /** Every health intervention row. */
  public static final Population HEALTH_ROWS = records("health", Subject.HEALTH);

  /** Health rows of kind {@code NURSING_CARE}. */
  public static final Population NURSING_CARE_ROWS =
      HEALTH_ROWS.where("nursing_care", Dimensions.HEALTH_KIND, "NURSING_CARE");

  /** Nursing care rows whose act is {@code RAPID_TEST}. */
  public static final Population RAPID_TEST_ROWS =
      NURSING_CARE_ROWS.where("rapid_test", Dimensions.NURSING_ACT, "RAPID_TEST");

  /** Health rows of kind {@code PARAMEDICAL_ACCOMPANIMENT}. */
  public static final Population PARAMEDICAL_ROWS =
      HEALTH_ROWS.where("paramedical", Dimensions.HEALTH_KIND, "PARAMEDICAL_ACCOMPANIMENT");

  /** Health rows of kind {@code MEDICAL_CONSULTATION}. */
  public static final Population CONSULTATION_ROWS =
      HEALTH_ROWS.where("consultations", Dimensions.HEALTH_KIND, "MEDICAL_CONSULTATION");

  /** Every distribution act. */
  public static final Population DISTRIBUTION_ACTS =
      records("distribution_acts", Subject.DISTRIBUTION_ACT);

  /** Every distribution row. */
  public static final Population DISTRIBUTION_ROWS =
      records("distributions", Subject.DISTRIBUTION_ROW);

  /** The psychosocial population: persons with at least one contact or accompaniment. */
  public static final Population PSYCHOSOCIAL_PERSONS =
      personsOf("psychosocial", CONTACT_ROWS, ACCOMPANIMENT_ROWS);

  /** The health population: persons with at least one health intervention. */
  public static final Population HEALTH_PERSONS = personsOf("health_persons", HEALTH_ROWS);

  /**
   * Checks the shape.
   *
   * @param id a short name for messages, e.g. {@code psychosocial}
   * @param subject what the population is made of
   * @param conditions for records: each record must have the condition's code (empty: every record)
   * @param sources for persons: the record populations whose identified persons make it up
   * @throws IllegalArgumentException when a person population has conditions or no source, a source
   *     is not a record population, a record population has sources, or a condition's dimension is
   *     of another subject
   */
  public Population {
    requireNonNull(id, "id");
    requireNonNull(subject, "subject");
    conditions = List.copyOf(conditions);
    sources = List.copyOf(sources);
    if (id.isBlank()) {
      throw new IllegalArgumentException("population id must not be blank");
    }
    if (subject == Subject.PERSON) {
      if (!conditions.isEmpty()) {
        throw new IllegalArgumentException("person population " + id + " cannot have conditions");
      }
      if (sources.isEmpty()) {
        throw new IllegalArgumentException(
            "person population " + id + " needs at least one source");
      }
      for (Population s : sources) {
        if (!s.subject().isRecord()) {
          throw new IllegalArgumentException(
              "person population " + id + ": source " + s.id() + " is not a record population");
        }
      }
    } else {
      if (!sources.isEmpty()) {
        throw new IllegalArgumentException("record population " + id + " cannot have sources");
      }
      for (Condition c : conditions) {
        if (c.dimension().subject() != subject) {
          throw new IllegalArgumentException(
              "population "
                  + id
                  + ": condition on "
                  + c.dimension().id()
                  + " classifies "
                  + c.dimension().subject()
                  + ", not "
                  + subject);
        }
      }
    }
  }

  /**
   * {@return every record of a subject}
   *
   * @param id a short name for messages, e.g. {@code psychosocial}
   * @param subject what the population is made of
   * @throws IllegalArgumentException when the subject is {@link Subject#PERSON}
   */
  public static Population records(String id, Subject subject) {
    if (subject == Subject.PERSON) {
      throw new IllegalArgumentException("records(" + id + ", PERSON): use personsOf for persons");
    }
    return new Population(id, subject, List.of(), List.of());
  }

  /**
   * {@return this record population narrowed to the records whose dimension has a code (for a
   * multi-valued dimension: among its codes)}
   *
   * @param newId the narrowed population's id
   * @param dimension a dimension of this population's subject
   * @param code a code of the dimension's list (checked when the report is computed)
   * @throws IllegalArgumentException when this is a person population or the dimension is of
   *     another subject
   */
  public Population where(String newId, Dimension dimension, String code) {
    if (subject == Subject.PERSON) {
      throw new IllegalArgumentException(
          "person population " + id + " cannot be narrowed by a condition");
    }
    List<Condition> cs = new ArrayList<>(conditions);
    cs.add(new Condition(dimension, code));
    return new Population(newId, subject, cs, List.of());
  }

  /**
   * {@return the identified persons with at least one record in any of the given record
   * populations, in the scope and period}
   *
   * @param id a short name for messages, e.g. {@code psychosocial}
   * @param sources for persons: the record populations whose identified persons make it up
   * @throws IllegalArgumentException when a source is not a record population or none is given
   */
  public static Population personsOf(String id, Population... sources) {
    return new Population(id, Subject.PERSON, List.of(), List.of(sources));
  }

  /** {@return whether this is a population of persons (of {@link Subject#PERSON})} */
  public boolean isPersons() {
    return subject == Subject.PERSON;
  }
}
