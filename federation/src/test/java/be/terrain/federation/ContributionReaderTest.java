package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Problem;
import be.terrain.testing.MiniCsv;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contribution reader refuses with problems (file, JSON pointer), never an exception. */
class ContributionReaderTest {
  private static String valid;

  @BeforeAll
  static void write() {
    var d = MiniCsv.reference();
    valid =
        new String(
            ContributionJson.toBytes(
                Fixtures.contribution(d, Optional.of(Fixtures.KEY), Fixtures.idCodes(d))),
            StandardCharsets.UTF_8);
  }

  private static List<Problem> problems(String json) {
    ContributionRead read =
        ContributionJson.read(
            json.getBytes(StandardCharsets.UTF_8), "m.json", KnownDefinitions.standard());
    assertThat(read.isValid()).isEqualTo(read.problems().isEmpty());
    return read.problems();
  }

  private static String first(String from, String to) {
    assertThat(valid).contains(from);
    return valid.replaceFirst(java.util.regex.Pattern.quote(from), to);
  }

  @Test
  void theValidFileIsRead() {
    assertThat(problems(valid)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not JSON                 | {                                     | TER-0601 |
          empty                    | ''                                    | TER-0601 |
          an array                 | []                                    | TER-0606 |
          """)
  void unreadableFilesAreRefused(String what, String json, String code, String pointer) {
    assertThat(problems(json == null ? "" : json))
        .extracting(p -> p.code().code())
        .containsExactly(code);
  }

  private static void refused(String json, String code, String pointer) {
    assertThat(problems(json))
        .anySatisfy(
            p -> {
              assertThat(p.code().code()).isEqualTo(code);
              assertThat(p.location().file()).hasValue("m.json");
              assertThat(p.location().pointer()).hasValue(pointer);
            });
  }

  @Test
  void aWrongFormatIsRefused() {
    refused(first("terrain-contribution/1", "terrain-report/1"), "TER-0602", "/format");
  }

  @Test
  void duplicateUnknownAndMissingMembersAreRefused() {
    refused(
        first("\"definition\":", "\"definition\": \"x\", \"definition\":"),
        "TER-0605",
        "/definition");
    refused(first("\"definition\":", "\"extra\": 1, \"definition\":"), "TER-0603", "/extra");
    refused(first("\"definition\": \"standard\",", ""), "TER-0604", "");
  }

  @Test
  void wrongTypesAndValuesAreRefused() {
    refused(
        first("\"records\": ", "\"records\": \"1\" , \"x\": "), "TER-0606", "/provenance/records");
    refused(first("\"n\": ", "\"n\": 1.5, \"y\": "), "TER-0606", "/tables/0/n");
    refused(first("\"count\": ", "\"count\": -"), "TER-0607", "/tables/0/rows/0/count");
    refused(first("2020-12-31", "2020-02-30"), "TER-0607", "/period/to");
    refused(first("\"standard\"", "\"other\""), "TER-0611", "/definition");
  }

  @Test
  void badSketchesAreRefused() {
    String sketch = valid.substring(valid.indexOf("\"n_sketch\": \"") + 13);
    sketch = sketch.substring(0, sketch.indexOf('"'));
    String pointer = "/tables/" + tableIndexOf("n_sketch") + "/n_sketch";
    refused(first(sketch, sketch.replace("=", "")), "TER-0608", pointer);
    refused(first(sketch, "!!!!"), "TER-0608", pointer);
    String garbage = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    refused(first(sketch, garbage), "TER-0609", pointer);
    String lgK10 =
        Base64.getEncoder()
            .encodeToString(new org.apache.datasketches.hll.HllSketch(10).toCompactByteArray());
    refused(first(sketch, lgK10), "TER-0609", pointer);
  }

  private static int tableIndexOf(String member) {
    String before = valid.substring(0, valid.indexOf("\"" + member + "\""));
    return before.split("\"scope\"", -1).length - 2;
  }

  @Test
  void countBelowUnlinkedIsRefused() {
    String pointer = "/tables/" + tableIndexOf("unlinked") + "/rows/0/unlinked";
    refused(first("\"unlinked\": 0", "\"unlinked\": 999999"), "TER-0610", pointer);
  }

  @Test
  void missingTablesAndCodesAreRefused() {
    int i = valid.indexOf("\"code\": \"STREET\"");
    assertThat(i).isPositive();
    refused(
        first("\"code\": \"STREET\"", "\"code\": \"ALLEY\""),
        "TER-0611",
        "/tables/" + tableIndexOf("code\": \"STREET") + "/rows/0/code");
    String withoutTable =
        valid.replaceFirst("(?s)\\{\\s*\"id\": \"accompaniments.domain\".*?\\]\\s*\\},", "");
    refused(withoutTable, "TER-0611", "/tables");
  }

  @Test
  void sketchesWithoutLinkageAreRefused() {
    String noLinkage = valid.replaceFirst("(?s)\"linkage\": \\{.*?\\},", "");
    refused(noLinkage, "TER-0612", "/tables/" + tableIndexOf("n_sketch") + "/n_sketch");
  }
}
