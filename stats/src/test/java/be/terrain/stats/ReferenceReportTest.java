package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.core.Period;
import be.terrain.testing.MiniCsv;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Key cells of the reference dataset's 2020 report (the export modules compare whole files). */
class ReferenceReportTest {
  private static Dataset reference;
  private static Report report;

  @BeforeAll
  static void compute() {
    reference = MiniCsv.reference();
    report = Statistics.compute(reference, ReportOptions.of(Period.ofYear(2020)));
  }

  private static ReportRow row(Report r, String table, Scope scope, String code) {
    return r.table(table, scope).orElseThrow().row(code).orElseThrow();
  }

  @Test
  void everyScopeGetsEveryTableInReportOrder() {
    assertThat(report.tables()).hasSize(21 * 8);
    assertThat(report.tables("profile.sex"))
        .extracting(ReportTable::scope)
        .containsExactly(
            Scope.organisation("e2w"),
            Scope.province("BE-WBR"),
            Scope.province("BE-WHT"),
            Scope.antenna("charleroi"),
            Scope.antenna("extra-ring"),
            Scope.antenna("genappe"),
            Scope.antenna("la-louviere"),
            Scope.antenna("lln"));
    assertThat(report.tables().get(0).id()).isEqualTo("accompaniments.domain");
    assertThat(report.tables().get(report.tables().size() - 1).id()).isEqualTo("profile.sex");
  }

  @Test
  void changeAgainstLastYearHasOneDecimal() {
    Scope charleroi = Scope.antenna("charleroi");
    assertThat(row(report, "contacts.channel", charleroi, "STREET").changePercent())
        .hasValue(new BigDecimal("-59.0"));
    assertThat(row(report, "contacts.channel", charleroi, "DROP_IN").changePercent())
        .hasValue(new BigDecimal("-35.4"));
    assertThat(row(report, "contacts.channel", charleroi, "PHONE").changePercent()).isEmpty();
    ReportRow urgent =
        row(
            report,
            "health.consultation_coverage",
            Scope.organisation("e2w"),
            "URGENT_MEDICAL_AID");
    assertThat(urgent.changePercent()).hasValue(new BigDecimal("0.0"));
    assertThat(urgent.history()).containsExactly(OptionalLong.of(1), OptionalLong.of(0));
  }

  @Test
  void tablesWithoutRecordsHaveZeroRowsAndNoPercent() {
    ReportTable t =
        report.table("health.consultation_coverage", Scope.antenna("lln")).orElseThrow();
    assertThat(t.n()).isZero();
    assertThat(t.rows())
        .allSatisfy(
            r -> {
              assertThat(r.count()).hasValue(0);
              assertThat(r.percent()).isEmpty();
            });
  }

  @Test
  void multiValuedRowsMayAddUpToMoreThanN() {
    ReportTable t = report.table("health.rapid_test", Scope.province("BE-WBR")).orElseThrow();
    assertThat(t.n()).isEqualTo(6);
    assertThat(t.rows()).extracting(r -> r.count().getAsLong()).containsExactly(3L, 6L, 6L);
    assertThat(t.rows()).extracting(r -> r.percent().getAsInt()).containsExactly(50, 100, 100);
  }

  @Test
  void largestRemainderAddsUpTo100OnlyWhereRowsAddUpToN() {
    Report lr =
        Statistics.compute(
            reference,
            ReportOptions.of(Period.ofYear(2020)).withRounding(Rounding.LARGEST_REMAINDER));
    assertThat(lr.rounding()).isEqualTo(Rounding.LARGEST_REMAINDER);
    for (ReportTable t : lr.tables()) {
      TableSpec spec = ReportDefinition.standard().table(t.id()).orElseThrow();
      int sum = t.rows().stream().mapToInt(r -> r.percent().orElse(0)).sum();
      if (spec.rowsAddUpToN() && t.n() > 0) {
        assertThat(sum).as(t.id() + " " + t.scope()).isEqualTo(100);
      }
      if (!spec.rowsAddUpToN()) {
        assertThat(t).isEqualTo(report.table(t.id(), t.scope()).orElseThrow());
      }
    }
  }

  @Test
  void smallCountsAreSuppressedWithTheirComplement() {
    Report k5 =
        Statistics.compute(reference, ReportOptions.of(Period.ofYear(2020)).withSuppressBelow(5));
    assertThat(k5.suppressBelow()).hasValue(5);
    ReportTable coverage =
        k5.table("health.consultation_coverage", Scope.organisation("e2w")).orElseThrow();
    assertThat(coverage.n()).isEqualTo(6);
    ReportRow mutuality = coverage.row("MUTUALITY").orElseThrow();
    assertThat(mutuality.suppressed()).isTrue();
    assertThat(mutuality.count()).isEmpty();
    assertThat(mutuality.percent()).isEmpty();
    assertThat(mutuality.history()).containsExactly(OptionalLong.of(21), OptionalLong.of(19));
    assertThat(mutuality.changePercent()).isEmpty();
    ReportRow urgent = coverage.row("URGENT_MEDICAL_AID").orElseThrow();
    assertThat(urgent.history()).containsExactly(OptionalLong.empty(), OptionalLong.of(0));
    assertThat(coverage.row("UNKNOWN").orElseThrow().suppressed()).isFalse();
    // in every table, never exactly one suppressed row beside another non-zero row
    for (ReportTable t : k5.tables()) {
      long suppressed = t.rows().stream().filter(ReportRow::suppressed).count();
      long visibleNonZero = t.rows().stream().filter(r -> r.count().orElse(0) > 0).count();
      assertThat(suppressed == 1 && visibleNonZero > 0).as(t.id() + " " + t.scope()).isFalse();
    }
  }

  @Test
  void labelsComeInTheAskedLanguage() {
    Report nl =
        Statistics.compute(
            reference, ReportOptions.of(Period.ofYear(2020)).withLanguage(Language.NL));
    assertThat(row(nl, "profile.sex", Scope.antenna("lln"), "F").label()).hasValue("Vrouwelijk");
    assertThat(row(report, "profile.sex", Scope.antenna("lln"), "F").label()).isEmpty();
  }

  @Test
  void sameInputSameReport() {
    assertThat(Statistics.compute(reference, ReportOptions.of(Period.ofYear(2020))))
        .isEqualTo(report);
  }

  @Test
  void personsAreNeverAddedUpAcrossAntennas() {
    ReportTable hainaut = report.table("profile.sex", Scope.province("BE-WHT")).orElseThrow();
    long sumOfAntennas =
        List.of("charleroi", "extra-ring", "la-louviere").stream()
            .mapToLong(a -> report.table("profile.sex", Scope.antenna(a)).orElseThrow().n())
            .sum();
    assertThat(hainaut.n()).isEqualTo(sumOfAntennas - 4);
  }
}
