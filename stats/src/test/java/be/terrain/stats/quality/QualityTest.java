package be.terrain.stats.quality;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import be.terrain.stats.Statistics;
import be.terrain.stats.TableSpec;
import be.terrain.testing.MiniCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality report's unknown counts are the standard report's UNKNOWN rows. */
class QualityTest {
  static Dataset reference;
  static Report standard;
  static Report previous;
  static QualityReport quality;

  /** The psychosocial attributes and the standard tables whose UNKNOWN rows they are. */
  static final Map<String, String> TABLES =
      Map.of(
          "sex", "profile.sex",
          "birth_year", "profile.age_band",
          "nationality", "profile.nationality",
          "financial_resource", "profile.financial_resource",
          "housing", "profile.housing",
          "employment", "profile.employment",
          "setting", "profile.setting");

  @BeforeAll
  static void compute() {
    reference = MiniCsv.reference();
    standard = Statistics.compute(reference, ReportOptions.of(Period.ofYear(2020)));
    previous = Statistics.compute(reference, ReportOptions.of(Period.ofYear(2019)));
    quality = Quality.compute(reference, Period.ofYear(2020));
  }

  @Test
  void unknownCountsAreTheStandardReportsUnknownRowsInEveryScopeThisYearAndLast() {
    assertUnknownsAreTheStandardReportsUnknownRows(quality);
  }

  @Test
  void unknownCountsComputedWithTheReportSharingItsTablesAreItsUnknownRows() {
    Quality.Both both =
        Quality.computeWith(
            reference, ReportDefinition.standard(), ReportOptions.of(Period.ofYear(2020)));
    assertUnknownsAreTheStandardReportsUnknownRows(both.quality());
    for (QualityEntry e : both.quality().entries()) {
      if (e.population().equals("psychosocial") && TABLES.containsKey(e.attribute())) {
        ReportTable shared = both.report().table(TABLES.get(e.attribute()), e.scope()).get();
        assertThat(e.unknown()).as(e.toString()).isEqualTo(unknown(shared));
        assertThat(e.n()).as(e.toString()).isEqualTo(shared.n());
      }
    }
  }

  @Test
  void tablesOfTheSameFiguresAreComputedOnceYetEachKeepsItsOwnHistory() {
    ReportDefinition definition = ReportDefinition.standard();
    List<TableSpec> copies = new ArrayList<>();
    for (String id : List.of("profile.sex", "contacts.channel", "distributions.persons")) {
      TableSpec t = definition.table(id).orElseThrow();
      copies.add(
          TableSpec.of("copy." + id, t.population(), t.dimension(), t.measure())
              .withHistory(t.history() == 0 ? 1 : 0));
    }
    List<TableSpec> all = new ArrayList<>(definition.tables());
    all.addAll(copies);
    ReportOptions options = ReportOptions.of(Period.ofYear(2020));
    Report shared = Statistics.compute(reference, ReportDefinition.of("both", all), options);
    Report alone = Statistics.compute(reference, ReportDefinition.of("copies", copies), options);
    assertThat(shared.tables()).containsAll(standard.tables()).containsAll(alone.tables());
    assertThat(shared.tables()).hasSize(standard.tables().size() + alone.tables().size());
    assertThat(alone.tables())
        .allSatisfy(
            t -> assertThat(t.history()).isEqualTo(t.id().equals("copy.contacts.channel") ? 0 : 1));
  }

  private static void assertUnknownsAreTheStandardReportsUnknownRows(QualityReport quality) {
    int checked = 0;
    for (QualityEntry e : quality.entries()) {
      if (!e.population().equals("psychosocial") || !TABLES.containsKey(e.attribute())) {
        continue;
      }
      ReportTable now = standard.table(TABLES.get(e.attribute()), e.scope()).orElseThrow();
      ReportTable before = previous.table(TABLES.get(e.attribute()), e.scope()).orElseThrow();
      assertThat(e.n()).as(e.toString()).isEqualTo(now.n());
      assertThat(e.unknown()).as(e.toString()).isEqualTo(unknown(now));
      assertThat(e.previousN()).as(e.toString()).isEqualTo(before.n());
      assertThat(e.previousUnknown()).as(e.toString()).isEqualTo(unknown(before));
      checked++;
    }
    assertThat(checked).isEqualTo(TABLES.size() * scopes());
  }

  @Test
  void theHealthPopulationsSizeIsTheHealthRequestersN() {
    for (QualityEntry e : quality.entries()) {
      if (e.population().equals("health") && e.attribute().equals("sex")) {
        assertThat(e.n())
            .isEqualTo(standard.table("health.requesters", e.scope()).orElseThrow().n());
      }
    }
  }

  @Test
  void everyScopeHasEveryKindOfEntry() {
    assertThat(quality.entries()).hasSize(scopes() * (2 * 11 + 2));
    Scope org = Scope.organisation(standard.organisation());
    assertThat(quality.entries(org))
        .extracting(e -> e.population() + "." + e.attribute())
        .contains(
            "psychosocial.first_contact",
            "psychosocial.profile",
            "psychosocial.profile_date",
            "health.health_coverage",
            "consultations.coverage",
            "contacts.person_id");
    QualityEntry contacts =
        quality.entries(org).stream()
            .filter(e -> e.population().equals("contacts"))
            .findFirst()
            .orElseThrow();
    assertThat(contacts.n()).isEqualTo(standard.table("contacts.channel", org).orElseThrow().n());
  }

  @Test
  void computedWithAReportInOnePassGivesTheSameReportAndQuality() {
    Quality.Both both =
        Quality.computeWith(
            reference, ReportDefinition.standard(), ReportOptions.of(Period.ofYear(2020)));
    assertThat(both.report()).isEqualTo(standard);
    assertThat(both.quality()).isEqualTo(quality);
  }

  private static long unknown(ReportTable t) {
    return t.row("UNKNOWN").orElseThrow().count().getAsLong();
  }

  private static int scopes() {
    return (int) standard.tables().stream().map(ReportTable::scope).distinct().count();
  }
}
