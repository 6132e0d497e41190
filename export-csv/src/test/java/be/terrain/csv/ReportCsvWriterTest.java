package be.terrain.csv;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.core.Period;
import be.terrain.stats.Measure;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Rounding;
import be.terrain.stats.Scope;
import be.terrain.stats.Statistics;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportCsvWriterTest {
  private static Dataset reference;

  @BeforeAll
  static void load() {
    reference = MiniCsv.reference();
  }

  @Test
  void theReferenceReportIsTheExpectedFileToTheByte() throws IOException {
    byte[] actual =
        ReportCsvWriter.toBytes(
            Statistics.compute(reference, ReportOptions.of(Period.ofYear(2020))));
    byte[] expected = Files.readAllBytes(ReferenceData.expected("report-2020.csv"));
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void aFileGetsTheSameBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    Report r = Statistics.compute(reference, ReportOptions.of(Period.ofYear(2020)));
    java.nio.file.Path file = dir.resolve("report.csv");
    ReportCsvWriter.write(r, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(ReportCsvWriter.toBytes(r));
  }

  @Test
  void labelsAddALastColumn() {
    String csv =
        ReportCsvWriter.toCsv(
            Statistics.compute(
                reference, ReportOptions.of(Period.ofYear(2020)).withLanguage(Language.EN)));
    String[] lines = csv.split("\n", -1);
    assertThat(lines[0])
        .isEqualTo(
            "table,scope_level,scope_id,measure,n,code,count,percent,history_1,history_2,change_percent,label");
    assertThat(csv)
        .contains(
            "contacts.channel,ANTENNA,charleroi,CONTACTS,3122,STREET,1881,60,4583,,-59.0,Street outreach\n");
    // a label with a comma is quoted
    assertThat(csv).contains(",ONLINE,").contains("\"Online (messaging, SMS, sites)\"");
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(csv).doesNotContain("\r").doesNotStartWith("\uFEFF");
  }

  @Test
  void suppressedCountsAreEmptyCells() {
    String csv =
        ReportCsvWriter.toCsv(
            Statistics.compute(
                reference, ReportOptions.of(Period.ofYear(2020)).withSuppressBelow(5)));
    assertThat(csv)
        .contains("health.consultation_coverage,ORGANISATION,e2w,ACTS,6,MUTUALITY,,,21,19,\n");
    assertThat(csv)
        .contains(
            "health.consultation_coverage,ORGANISATION,e2w,ACTS,6,URGENT_MEDICAL_AID,,,,0,\n");
  }

  @Test
  void textCellsThatLookLikeFormulasArePrefixedButNumbersAreNot() {
    ReportRow row =
        new ReportRow(
            "-X",
            Optional.of("=SUM(A1)"),
            OptionalLong.of(3),
            OptionalInt.of(50),
            false,
            List.of(OptionalLong.of(6)),
            Optional.of(new BigDecimal("-50.0")));
    ReportRow quoted =
        new ReportRow(
            "@a",
            Optional.of("say \"hi\", then\nleave"),
            OptionalLong.empty(),
            OptionalInt.empty(),
            true,
            List.of(OptionalLong.empty()),
            Optional.empty());
    Report report =
        new Report(
            "org",
            Period.ofYear(2020),
            Rounding.HALF_UP,
            OptionalInt.of(5),
            Optional.of(Language.EN),
            List.of(
                new ReportTable(
                    "t.x", Scope.antenna("+a"), Measure.ACTS, 6, 1, List.of(row, quoted))));
    assertThat(ReportCsvWriter.toCsv(report).split("\n", 2)[1])
        .isEqualTo(
            "t.x,ANTENNA,'+a,ACTS,6,'-X,3,50,6,,-50.0,'=SUM(A1)\n"
                + "t.x,ANTENNA,'+a,ACTS,6,'@a,,,,,,\"say \"\"hi\"\", then\nleave\"\n");
  }
}
