package be.terrain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.csv.CsvDatasetWriter;
import be.terrain.csv.CsvDialect;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetExampleTest {
  @TempDir Path tmp;

  /** The last cell of a report.csv line, quoted or not, and what comes before it. */
  private static final Pattern LAST_CELL = Pattern.compile("^(.*),(\"(?:[^\"]|\"\")*\"|[^,\"]*)$");

  @Test
  void anExcelFrExportGivesTheReportWithFrenchLabels() throws Exception {
    Dataset reference = MiniCsv.reference();
    Path export = tmp.resolve("export");
    CsvDatasetWriter.of(CsvDialect.EXCEL_FR).write(reference, export);
    Path report = tmp.resolve("report.csv");

    String out =
        StandardOutput.of(
            () ->
                SpreadsheetExample.main(
                    new String[] {export.toString(), report.toString(), "2020"}));

    assertThat(out)
        .isEqualTo("wrote " + report + ": the 2020 report of Entre 2 Wallonie, 168 tables\n");
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertThat(lines).contains("profile.sex,ANTENNA,extra-ring,PERSONS,117,F,68,58,,,,Féminin");
    assertThat(lines)
        .contains(
            "contacts.channel,ANTENNA,charleroi,CONTACTS,3122,ONLINE,0,0,0,,,\"En ligne (messagerie, SMS, sites)\"");
    List<String> withoutLabels =
        lines.stream()
            .map(
                l -> {
                  Matcher m = LAST_CELL.matcher(l);
                  assertThat(m.matches()).as(l).isTrue();
                  return m.group(1);
                })
            .toList();
    assertThat(withoutLabels)
        .isEqualTo(
            Files.readAllLines(ReferenceData.expected("report-2020.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void anInvalidExportIsReportedAndNoReportWritten() throws Exception {
    Path export = tmp.resolve("export");
    CsvDatasetWriter.of(CsvDialect.EXCEL_FR).write(MiniCsv.reference(), export);
    Path persons = export.resolve("persons.csv");
    String text = Files.readString(persons, StandardCharsets.UTF_8);
    Files.writeString(
        persons, text.replaceFirst(";SEX_WORKER;", ";SEXWORKER;"), StandardCharsets.UTF_8);
    Path report = tmp.resolve("report.csv");

    String out =
        StandardOutput.of(
            () ->
                SpreadsheetExample.main(
                    new String[] {export.toString(), report.toString(), "2020"}));

    assertThat(out).startsWith(export + " has 1 problem(s):\n  persons.csv:2:2: TER-0103 ");
    assertThat(report).doesNotExist();
  }
}
