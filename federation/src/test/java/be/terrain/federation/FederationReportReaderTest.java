package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Problem;
import be.terrain.stats.Rounding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The federation report reader: write, read, write gives the same bytes; refusals as problems. */
class FederationReportReaderTest {
  private static FederationReport linked;
  private static FederationReport unlinked;

  @BeforeAll
  static void merge() {
    int[] ga = new int[90];
    int[] gb = new int[70];
    for (int i = 0; i < ga.length; i++) {
      ga[i] = i;
    }
    for (int i = 0; i < gb.length; i++) {
      gb[i] = 50 + i;
    }
    Members.Member a = Members.member("alpha", ga);
    Members.Member b = Members.member("beta", gb);
    Optional<FederationKey> key = Optional.of(Fixtures.KEY);
    List<Contribution> both = List.of(a.contribution(key), b.contribution(key));
    linked =
        Federation.merge(
                "fdss",
                both,
                FederationOptions.of()
                    .withSuppressBelow(20)
                    .withRounding(Rounding.LARGEST_REMAINDER))
            .report()
            .orElseThrow();
    unlinked =
        Federation.merge("fdss", both, FederationOptions.of().withLinkage(false))
            .report()
            .orElseThrow();
  }

  private static FederationReportRead read(String json) {
    FederationReportRead read =
        FederationReportJson.read(json.getBytes(StandardCharsets.UTF_8), "f.json");
    assertThat(read.isValid()).isEqualTo(read.problems().isEmpty());
    return read;
  }

  @Test
  void writeReadWriteGivesTheSameBytes() {
    for (FederationReport r : List.of(linked, unlinked)) {
      byte[] bytes = FederationReportJson.toBytes(r);
      FederationReportRead read = FederationReportJson.read(bytes, "f.json");
      assertThat(read.problems()).isEmpty();
      assertThat(read.report()).hasValue(r);
      assertThat(FederationReportJson.toBytes(read.report().orElseThrow())).isEqualTo(bytes);
    }
    assertThat(new String(FederationReportJson.toBytes(linked), StandardCharsets.UTF_8))
        .contains("\"suppressed\": true", "\"n_interval\": [", "largest-remainder");
  }

  @Test
  void aFileIsReadByName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fdss.json");
    FederationReportJson.write(linked, file);
    assertThat(FederationReportJson.read(file).report()).hasValue(linked);
    assertThat(FederationReportJson.read(dir.resolve("none.json")).problems())
        .extracting(p -> p.code().code() + " " + p.location())
        .containsExactly("TER-0601 none.json");
    assertThat(Files.exists(dir.resolve("none.json"))).isFalse();
  }

  private static String linkedWith(String from, String to) {
    String valid = new String(FederationReportJson.toBytes(linked), StandardCharsets.UTF_8);
    assertThat(valid).contains(from);
    return valid.replaceFirst(Pattern.quote(from), to);
  }

  private static List<String> problems(String json) {
    List<Problem> ps = read(json).problems();
    return ps.stream().map(p -> p.code().code() + " " + p.location()).toList();
  }

  @Test
  void unreadableAndForeignFilesAreRefused() {
    assertThat(problems("{")).containsExactly("TER-0601 f.json#");
    assertThat(problems("[]")).containsExactly("TER-0606 f.json#");
    assertThat(problems(linkedWith("terrain-federation-report/1", "terrain-contribution/1")))
        .containsExactly("TER-0602 f.json#/format");
  }

  @Test
  void membersAndTypesAreChecked() {
    assertThat(problems(linkedWith("\"federation\": \"fdss\",", "\"federations\": 1,")))
        .containsExactlyInAnyOrder("TER-0603 f.json#/federations", "TER-0604 f.json#");
    assertThat(problems(linkedWith("\"rounding\": \"largest-remainder\"", "\"rounding\": \"up\"")))
        .containsExactly("TER-0607 f.json#/rounding");
    assertThat(problems(linkedWith("\"records\": ", "\"records\": -")))
        .containsExactly("TER-0607 f.json#/members/0/records");
    assertThat(problems(linkedWith("\"suppressed\": true", "\"suppressed\": false")))
        .singleElement()
        .asString()
        .startsWith("TER-0607 f.json#/tables/");
  }

  @Test
  void rangesAreCheckedAndOnlyWhereTheSpecPutsThem() {
    assertThat(problems(linkedWith("\"n_bounds\": [", "\"n_bounds\": [999999, ")))
        .singleElement()
        .asString()
        .matches("TER-060[67] f.json#/tables/\\d+/n_bounds");
    assertThat(problems(linkedWith("\"n_interval\": [", "\"n_intervals\": [")))
        .hasSize(2)
        .anyMatch(p -> p.startsWith("TER-0603 f.json#/tables/"))
        .anyMatch(p -> p.startsWith("TER-0604 f.json#/tables/"));
    assertThat(
            problems(
                linkedWith(
                    "\"measure\": \"CONTACTS\",",
                    "\"measure\": \"CONTACTS\", \"n_bounds\": null,")))
        .singleElement()
        .asString()
        .matches("TER-0607 f.json#/tables/\\d+/n_bounds");
  }
}
