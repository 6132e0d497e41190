package org.example.fdss;

import be.terrain.stats.Dimension;
import be.terrain.stats.Dimensions;
import be.terrain.stats.Measure;
import be.terrain.stats.Population;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.TableSpec;
import java.util.List;

/**
 * The federation's yearly report: eight tables, computed by Terrain's one-pass engine like the
 * standard report. Persons are the psychosocial population (a contact or accompaniment in the
 * period), described by sex, ten-year age band, nationality group and whether they are new; then
 * contacts by channel (with the previous year), accompaniments by domain, health interventions by
 * kind, and persons receiving each group of items.
 */
public final class Fdss2020 {
  private Fdss2020() {}

  /** Persons by ten-year age band, in the period. */
  public static final Dimension AGE_BAND_10 = Dimensions.ageBand(FdssCodes.AGE_BAND_10_LIST);

  private static final Population PERSONS = Population.PSYCHOSOCIAL_PERSONS;

  /** The report definition {@code fdss-2020}. */
  public static final ReportDefinition DEFINITION =
      ReportDefinition.of(
          "fdss-2020",
          List.of(
              TableSpec.of("fdss.persons.sex", PERSONS, Dimensions.SEX, Measure.PERSONS),
              TableSpec.of("fdss.persons.age_band_10", PERSONS, AGE_BAND_10, Measure.PERSONS)
                  .withTitles(
                      "Âge par tranche de dix ans",
                      "Leeftijd per tien jaar",
                      "Age in ten-year bands"),
              TableSpec.of(
                  "fdss.persons.nationality",
                  PERSONS,
                  Dimensions.NATIONALITY_GROUP,
                  Measure.PERSONS),
              TableSpec.of(
                  "fdss.persons.new_contact", PERSONS, Dimensions.NEW_CONTACT, Measure.PERSONS),
              TableSpec.of(
                      "fdss.contacts.channel",
                      Population.CONTACT_ROWS,
                      Dimensions.CONTACT_CHANNEL,
                      Measure.CONTACTS)
                  .withHistory(1),
              TableSpec.of(
                  "fdss.accompaniments.domain",
                  Population.ACCOMPANIMENT_ROWS,
                  Dimensions.ACCOMPANIMENT_DOMAIN,
                  Measure.ACTS),
              TableSpec.of(
                  "fdss.health.kind", Population.HEALTH_ROWS, Dimensions.HEALTH_KIND, Measure.ACTS),
              TableSpec.of(
                  "fdss.distributions.persons",
                  Population.DISTRIBUTION_ROWS,
                  Dimensions.ITEM_GROUP,
                  Measure.PERSONS)));
}
