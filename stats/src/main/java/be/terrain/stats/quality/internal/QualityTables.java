package be.terrain.stats.quality.internal;

import be.terrain.stats.Dimension;
import be.terrain.stats.Dimensions;
import be.terrain.stats.Measure;
import be.terrain.stats.Population;
import be.terrain.stats.TableSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality report's tables, each with one previous period: for the psychosocial and health
 * populations, the standard report's person dimensions (whose UNKNOWN rows are the unknown counts)
 * and the quality dimensions; the consultations' own coverage; the contacts' persons. A table's id
 * is {@code quality.POPULATION.ATTRIBUTE}.
 */
public final class QualityTables {
  private QualityTables() {}

  /** The prefix of every quality table id. */
  public static final String PREFIX = "quality.";

  /**
   * The tables, in the order of the report's entries: {@link #persons()}, then {@link #records()}.
   */
  public static List<TableSpec> all() {
    List<TableSpec> tables = new ArrayList<>(persons());
    tables.addAll(records());
    return tables;
  }

  /** The person tables: both populations' attributes (single-valued dimensions). */
  public static List<TableSpec> persons() {
    List<TableSpec> tables = new ArrayList<>();
    for (String population : List.of("psychosocial", "health")) {
      Population p =
          population.equals("psychosocial")
              ? Population.PSYCHOSOCIAL_PERSONS
              : Population.HEALTH_PERSONS;
      person(tables, population, p, "sex", Dimensions.SEX);
      person(tables, population, p, "birth_year", Dimensions.AGE_BAND);
      person(tables, population, p, "nationality", Dimensions.NATIONALITY_GROUP);
      person(tables, population, p, "first_contact", QualityDimensions.FIRST_CONTACT);
      person(tables, population, p, "financial_resource", Dimensions.FINANCIAL_RESOURCE);
      person(tables, population, p, "housing", Dimensions.HOUSING);
      person(tables, population, p, "employment", Dimensions.EMPLOYMENT);
      person(tables, population, p, "health_coverage", Dimensions.HEALTH_COVERAGE);
      person(tables, population, p, "setting", Dimensions.SETTING);
      person(tables, population, p, "profile", QualityDimensions.PROFILE);
      person(tables, population, p, "profile_date", QualityDimensions.PROFILE_DATE);
    }
    return tables;
  }

  /** The record tables: the consultations' own coverage, the contacts' persons. */
  public static List<TableSpec> records() {
    List<TableSpec> tables = new ArrayList<>();
    tables.add(
        new TableSpec(
            PREFIX + "consultations.coverage",
            Population.CONSULTATION_ROWS,
            QualityDimensions.OWN_COVERAGE,
            Measure.ACTS,
            1));
    tables.add(
        new TableSpec(
            PREFIX + "contacts.person_id",
            Population.CONTACT_ROWS,
            QualityDimensions.CONTACT_PERSON,
            Measure.CONTACTS,
            1));
    return tables;
  }

  private static void person(
      List<TableSpec> tables, String population, Population p, String attribute, Dimension d) {
    tables.add(new TableSpec(PREFIX + population + "." + attribute, p, d, Measure.PERSONS, 1));
  }
}
