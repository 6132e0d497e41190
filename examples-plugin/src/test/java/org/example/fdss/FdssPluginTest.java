package org.example.fdss;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Antenna;
import be.terrain.core.Contact;
import be.terrain.core.Dataset;
import be.terrain.core.DistributionAct;
import be.terrain.core.DistributionItem;
import be.terrain.core.Location;
import be.terrain.core.Organisation;
import be.terrain.core.Period;
import be.terrain.core.Person;
import be.terrain.core.Problem;
import be.terrain.core.RecordKind;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.spi.RuleKindViolation;
import be.terrain.platform.PluginReport;
import be.terrain.platform.Terrain;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Reports;
import be.terrain.stats.Scope;
import be.terrain.stats.Statistics;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the plugin adds, on the reference dataset and on small ones made for each rule. */
class FdssPluginTest {
  private static final Terrain TERRAIN = Terrain.builder().findPlugins().build();
  private static final LocalDate TODAY = LocalDate.of(2021, 12, 31);

  @Test
  void discoveryFindsTheJarsPlugin() {
    PluginReport r =
        TERRAIN.plugins().stream().filter(p -> p.id().equals("fdss")).findFirst().orElseThrow();
    assertThat(r.isLoaded()).isTrue();
    assertThat(r.contributions())
        .extracting(PluginReport.Contribution::toString)
        .containsExactly(
            "code-list age_band_10",
            "dataset-rule fdss.medibus-at-hainaut",
            "rule-kind fdss.monthly-value-cap",
            "dimension age_band_10 (PERSON)",
            "table fdss.persons.sex",
            "table fdss.persons.age_band_10",
            "table fdss.persons.nationality",
            "table fdss.persons.new_contact",
            "table fdss.contacts.channel",
            "table fdss.accompaniments.domain",
            "table fdss.health.kind",
            "table fdss.distributions.persons",
            "report-definition fdss-2020 (8 tables)");
  }

  @Test
  void theReportOfTheReferenceDatasetAddsUpWithTheStandardOne() {
    Dataset d = MiniCsv.load(ReferenceData.seed2020(), Dataset.builder(TERRAIN.codes())).build();
    assertThat(TERRAIN.validate(d, ReferenceData.READ_ON).problems()).isEmpty();
    ReportOptions options = ReportOptions.of(Period.ofYear(2020));
    Report fdss = Reports.of(TERRAIN).compute(d, FdssPlugin.REPORT, options);
    Report standard = Statistics.compute(d, options);
    assertThat(fdss.tables())
        .hasSize(8 * (1 + 2 + 5)); // 8 tables, for the organisation, 2 provinces, 5 antennas
    assertThat(fdss.tables().stream().map(ReportTable::id).distinct()).hasSize(8);
    Scope org = Scope.organisation(d.organisation().id());
    ReportTable bands = fdss.table("fdss.persons.age_band_10", org).orElseThrow();
    ReportTable fine = standard.table("profile.age_band", org).orElseThrow();
    assertThat(bands.rows())
        .extracting(ReportRow::code)
        .containsExactly("<20", "20-29", "30-39", "40-49", "50-59", "60+", "UNKNOWN");
    assertThat(bands.n()).isEqualTo(fine.n());
    assertThat(count(bands, "30-39")).isEqualTo(count(fine, "30-34") + count(fine, "35-39"));
    assertThat(count(bands, "40-49")).isEqualTo(count(fine, "40-44") + count(fine, "45-49"));
    assertThat(count(bands, "50-59")).isEqualTo(count(fine, "50-54") + count(fine, "55-59"));
    assertThat(count(bands, "60+")).isEqualTo(count(fine, "60-64") + count(fine, "65+"));
    assertThat(count(bands, "<20") + count(bands, "20-29"))
        .isEqualTo(count(fine, "<18") + count(fine, "18-24") + count(fine, "25-29"));
    assertThat(fdss.table("fdss.persons.sex", org))
        .map(ReportTable::rows)
        .isEqualTo(standard.table("profile.sex", org).map(ReportTable::rows));
    assertThat(fdss.table("fdss.contacts.channel", org))
        .map(ReportTable::rows)
        .isEqualTo(standard.table("contacts.channel", org).map(ReportTable::rows));
  }

  private static long count(ReportTable t, String code) {
    return t.row(code).orElseThrow().count().orElseThrow();
  }

  @Test
  void aMedibusContactOutsideHainautIsReportedWhereItIs() {
    Dataset d =
        Dataset.builder(TERRAIN.codes())
            .organisation(new Organisation("fed", "Fédération"))
            .add(new Antenna("mons", "Mons", "BE-WHT", "ANTENNA"))
            .add(new Antenna("namur", "Namur", "BE-WNA", "ANTENNA"))
            .add(Contact.anonymous("c1", LocalDate.of(2020, 5, 1), "mons", "MEDIBUS", 4))
            .add(Contact.anonymous("c2", LocalDate.of(2020, 5, 2), "namur", "MEDIBUS", 2))
            .add(Contact.anonymous("c3", LocalDate.of(2020, 5, 2), "namur", "STREET", 2))
            .build();
    List<Problem> problems = TERRAIN.validate(d, TODAY).problems();
    assertThat(problems).hasSize(1);
    Problem p = problems.get(0);
    assertThat(p.code()).isEqualTo(MedibusAtHainaut.NOT_IN_HAINAUT);
    assertThat(p.recordKind()).contains(RecordKind.CONTACT);
    assertThat(p.recordId()).contains("c2");
    assertThat(p.field()).contains("antenna_id");
    assertThat(p.value()).contains("namur");
    assertThat(p.location()).isEqualTo(Location.NONE);
    assertThat(p.message())
        .isEqualTo("a Médibus contact must be at an antenna of Hainaut (BE-WHT), not of BE-WNA");
    assertThat(d.validateWithoutPlugins(TODAY).problems())
        .as("Terrain's own rules see nothing wrong")
        .isEmpty();
  }

  @Test
  void theMonthlyCapFlagsTheActThatGoesOverAndTheLaterOnes() {
    Dataset d =
        Dataset.builder(TERRAIN.codes())
            .organisation(new Organisation("fed", "Fédération"))
            .add(new Antenna("mons", "Mons", "BE-WHT", "ANTENNA"))
            .add(Person.of("p1", "SEX_WORKER"))
            .add(Person.of("p2", "SEX_WORKER"))
            .add(act("d3", "2021-03-20", "p1", 2))
            .add(act("d1", "2021-03-02", "p1", 2))
            .add(act("d2", "2021-03-10", "p1", 2))
            .add(act("d4", "2021-04-01", "p1", 4))
            .add(act("d7", "2021-03-25", "p1", 1))
            .add(act("d5", "2021-03-10", "p2", 5))
            .add(
                new DistributionAct(
                    "d6",
                    LocalDate.of(2021, 3, 11),
                    "mons",
                    Optional.empty(),
                    List.of(new DistributionItem("TICKET_S", 9, OptionalInt.of(1000)))))
            .build();
    assertThat(TERRAIN.validate(d, TODAY).problems()).isEmpty();
    RulesCheck check = TERRAIN.check(d, RuleSet.empty(), TODAY);
    assertThat(check.kindProblems()).isEmpty();
    assertThat(check.kindViolations())
        .extracting(RuleKindViolation::actId, RuleKindViolation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("d3", "6000 cents handed out in 2021-03, cap 5000"),
            org.assertj.core.groups.Tuple.tuple(
                "d7", "7000 cents handed out in 2021-03, cap 5000"));
    assertThat(check.kindViolations().get(0).personId()).contains("p1");
    assertThat(check.kindViolations().get(0).period()).contains("2021-03");
    assertThat(TERRAIN.check(d, RuleSet.empty(), LocalDate.of(2021, 3, 20)).kindViolations())
        .extracting(RuleKindViolation::actId)
        .containsExactly("d3");
    assertThat(TERRAIN.check(d, RuleSet.empty(), LocalDate.of(2021, 3, 19)).isClean()).isTrue();
  }

  private static DistributionAct act(String id, String date, String person, int tickets) {
    return new DistributionAct(
        id,
        LocalDate.parse(date),
        "mons",
        Optional.of(person),
        List.of(new DistributionItem("TICKET_S", tickets, OptionalInt.of(1000))));
  }
}
