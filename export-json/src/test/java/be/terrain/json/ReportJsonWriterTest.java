package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.core.Period;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Rounding;
import be.terrain.stats.Statistics;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportJsonWriterTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static Dataset reference;

  @BeforeAll
  static void load() {
    reference = MiniCsv.reference();
  }

  private static Report compute(ReportOptions options) {
    return Statistics.compute(reference, options);
  }

  private static ReportOptions year2020() {
    return ReportOptions.of(Period.ofYear(2020));
  }

  private static JsonNode expected(String file) throws IOException {
    return JSON.readTree(Files.readAllBytes(ReferenceData.expected(file)));
  }

  @Test
  void theReferenceReportIsTheExpectedOne() throws IOException {
    JsonNode actual = JSON.readTree(ReportJsonWriter.toBytes(compute(year2020())));
    assertThat(actual).isEqualTo(expected("report-2020.json"));
  }

  @Test
  void theReferenceReportIsWrittenToTheByte() throws IOException {
    byte[] actual = ReportJsonWriter.toBytes(compute(year2020()));
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(ReferenceData.expected("report-2020.json")));
  }

  @Test
  void largestRemainderGivesTheExpectedReport() throws IOException {
    byte[] actual =
        ReportJsonWriter.toBytes(compute(year2020().withRounding(Rounding.LARGEST_REMAINDER)));
    assertThat(JSON.readTree(actual)).isEqualTo(expected("report-2020-lr.json"));
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(ReferenceData.expected("report-2020-lr.json")));
  }

  @Test
  void suppressionBelowFiveGivesTheExpectedReport() throws IOException {
    byte[] actual = ReportJsonWriter.toBytes(compute(year2020().withSuppressBelow(5)));
    assertThat(JSON.readTree(actual)).isEqualTo(expected("report-2020-k5.json"));
  }

  @Test
  void membersComeInTheOrderOfTheSpecification() throws IOException {
    JsonNode report =
        JSON.readTree(
            ReportJsonWriter.toBytes(
                compute(year2020().withSuppressBelow(5).withLanguage(Language.FR))));
    assertThat(names(report))
        .containsExactly(
            "format", "organisation", "period", "rounding", "suppress_below", "tables");
    JsonNode coverage = null;
    for (JsonNode t : report.get("tables")) {
      if (t.get("id").asString().equals("health.consultation_coverage")
          && t.get("scope").get("level").asString().equals("ORGANISATION")) {
        coverage = t;
      }
    }
    assertThat(coverage).isNotNull();
    assertThat(names(coverage)).containsExactly("id", "scope", "measure", "n", "rows");
    assertThat(names(coverage.get("rows").get(0)))
        .containsExactly(
            "code", "label", "count", "percent", "suppressed", "history", "change_percent");
    assertThat(names(coverage.get("rows").get(3)))
        .containsExactly("code", "label", "count", "percent", "history", "change_percent");
    assertThat(coverage.get("rows").get(0).get("label").asString()).isEqualTo("Mutuelle");
  }

  @Test
  void labelsAreWrittenAsUtf8() {
    String json = ReportJsonWriter.toJson(compute(year2020().withLanguage(Language.FR)));
    assertThat(json).contains("\"label\": \"Personne prostituée\"");
    assertThat(json).doesNotContain("\\u00e9");
  }

  @Test
  void sameReportSameBytes() {
    assertThat(ReportJsonWriter.toBytes(compute(year2020().withSuppressBelow(3))))
        .isEqualTo(ReportJsonWriter.toBytes(compute(year2020().withSuppressBelow(3))));
  }

  @Test
  void aFileGetsTheSameBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    Report r = compute(year2020());
    java.nio.file.Path file = dir.resolve("report.json");
    ReportJsonWriter.write(r, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(ReportJsonWriter.toBytes(r));
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.propertyNames().forEach(out::add);
    return out;
  }
}
