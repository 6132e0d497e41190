package be.terrain.stats;

import static java.util.Objects.requireNonNull;

import be.terrain.stats.internal.StandardTitles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * What a report is made of: its tables. The standard activity report is {@link #standard()};
 * another organisation's or a funder's report is another definition, computed by the same engine.
 *
 * @param id a name for the definition, e.g. {@code terrain-report/1}
 * @param tables the tables, ids unique (the report sorts them by id)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportDefinition(String id, List<TableSpec> tables) {
  private static final ReportDefinition STANDARD = buildStandard();

  /**
   * Checks the tables.
   *
   * @param id a name for the definition, e.g. {@code terrain-report/1}
   * @param tables the tables, ids unique (the report sorts them by id)
   * @throws IllegalArgumentException when there is no table or two have one id
   */
  public ReportDefinition {
    requireNonNull(id, "id");
    tables = List.copyOf(tables);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("report definition " + id + " has no table");
    }
    Set<String> seen = new HashSet<>();
    for (TableSpec t : tables) {
      if (!seen.add(t.id())) {
        throw new IllegalArgumentException("report definition " + id + " has two tables " + t.id());
      }
    }
  }

  /**
   * {@return a definition}
   *
   * @param id a name for the definition, e.g. {@code terrain-report/1}
   * @param tables the tables, ids unique (the report sorts them by id)
   */
  public static ReportDefinition of(String id, List<TableSpec> tables) {
    return new ReportDefinition(id, tables);
  }

  /**
   * {@return the 21 tables of the standard activity report ({@code standard-report.md}): profiles
   * of the psychosocial population, contacts with one year of history, accompaniments, the health
   * sector (consultation coverage with two years of history) and distributions}
   */
  public static ReportDefinition standard() {
    return STANDARD;
  }

  /**
   * {@return this definition with a table added (a funder's extra table)}
   *
   * @param table the table to add after the others
   */
  public ReportDefinition with(TableSpec table) {
    List<TableSpec> ts = new java.util.ArrayList<>(tables);
    ts.add(table);
    return new ReportDefinition(id, ts);
  }

  /**
   * {@return the table with that id}
   *
   * @param tableId the table's id, e.g. {@code profile.sex}
   */
  public java.util.Optional<TableSpec> table(String tableId) {
    return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
  }

  private static ReportDefinition buildStandard() {
    Population psy = Population.PSYCHOSOCIAL_PERSONS;
    return new ReportDefinition(
        "terrain-report/1",
        Stream.of(
                TableSpec.of("profile.role", psy, Dimensions.ROLE, Measure.PERSONS),
                TableSpec.of("profile.sex", psy, Dimensions.SEX, Measure.PERSONS),
                TableSpec.of("profile.age_band", psy, Dimensions.AGE_BAND, Measure.PERSONS),
                TableSpec.of(
                    "profile.nationality", psy, Dimensions.NATIONALITY_GROUP, Measure.PERSONS),
                TableSpec.of(
                    "profile.financial_resource",
                    psy,
                    Dimensions.FINANCIAL_RESOURCE,
                    Measure.PERSONS),
                TableSpec.of("profile.housing", psy, Dimensions.HOUSING, Measure.PERSONS),
                TableSpec.of("profile.employment", psy, Dimensions.EMPLOYMENT, Measure.PERSONS),
                TableSpec.of("profile.setting", psy, Dimensions.SETTING, Measure.PERSONS),
                TableSpec.of("profile.new_contact", psy, Dimensions.NEW_CONTACT, Measure.PERSONS),
                TableSpec.of(
                        "contacts.channel",
                        Population.CONTACT_ROWS,
                        Dimensions.CONTACT_CHANNEL,
                        Measure.CONTACTS)
                    .withHistory(1),
                TableSpec.of(
                    "accompaniments.domain",
                    Population.ACCOMPANIMENT_ROWS,
                    Dimensions.ACCOMPANIMENT_DOMAIN,
                    Measure.ACTS),
                TableSpec.of(
                    "accompaniments.persons",
                    Population.ACCOMPANIMENT_ROWS,
                    Dimensions.ACCOMPANIMENT_DOMAIN,
                    Measure.PERSONS),
                TableSpec.of(
                    "health.requesters",
                    Population.HEALTH_PERSONS,
                    Dimensions.ROLE,
                    Measure.PERSONS),
                TableSpec.of(
                    "health.kind", Population.HEALTH_ROWS, Dimensions.HEALTH_KIND, Measure.ACTS),
                TableSpec.of(
                    "health.nursing_act",
                    Population.NURSING_CARE_ROWS,
                    Dimensions.NURSING_ACT,
                    Measure.ACTS),
                TableSpec.of(
                    "health.rapid_test",
                    Population.RAPID_TEST_ROWS,
                    Dimensions.PATHOGEN,
                    Measure.ACTS),
                TableSpec.of(
                    "health.paramedical_target",
                    Population.PARAMEDICAL_ROWS,
                    Dimensions.PARAMEDICAL_TARGET,
                    Measure.ACTS),
                TableSpec.of(
                        "health.consultation_coverage",
                        Population.CONSULTATION_ROWS,
                        Dimensions.CONSULTATION_COVERAGE,
                        Measure.ACTS)
                    .withHistory(2),
                TableSpec.of(
                    "distributions.acts",
                    Population.DISTRIBUTION_ACTS,
                    Dimensions.ACT_ITEM_GROUPS,
                    Measure.ACTS),
                TableSpec.of(
                    "distributions.units",
                    Population.DISTRIBUTION_ROWS,
                    Dimensions.ITEM,
                    Measure.UNITS),
                TableSpec.of(
                    "distributions.persons",
                    Population.DISTRIBUTION_ROWS,
                    Dimensions.ITEM_GROUP,
                    Measure.PERSONS))
            .map(StandardTitles::titled)
            .toList());
  }
}
