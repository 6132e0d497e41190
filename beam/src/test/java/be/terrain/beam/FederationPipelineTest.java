package be.terrain.beam;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Period;
import be.terrain.core.ReadResult;
import be.terrain.federation.Contribution;
import be.terrain.federation.ContributionJson;
import be.terrain.federation.ContributionSet;
import be.terrain.federation.Contributions;
import be.terrain.federation.Federation;
import be.terrain.federation.FederationKey;
import be.terrain.federation.FederationOptions;
import be.terrain.federation.FederationReportJson;
import be.terrain.federation.Provenance;
import be.terrain.platform.Terrain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on the DirectRunner over 20 generated members (two invalid) and one unreadable path:
 * the report is the federation module's merge over the same members' contributions, byte for byte,
 * and {@code terrain federate}'s reading of the contribution files gives it too; the left-out
 * members are in the side output and the summary; the bytes do not depend on the parallelism.
 */
class FederationPipelineTest {
  private static final String TODAY = "2021-06-30";

  @TempDir static Path dir;
  static Path membersFile;
  static Path keyFile;
  static List<Path> members;

  @BeforeAll
  static void generate() throws IOException {
    members = GeneratedMembers.write(dir.resolve("data"), 20, 2, GeneratedMembers.SMALL);
    List<String> lines = new ArrayList<>();
    lines.add("# the members of fdss");
    members.forEach(m -> lines.add(m.toString()));
    lines.add(dir.resolve("data/nowhere").toString());
    membersFile = Files.write(dir.resolve("members.txt"), lines);
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 7 + 3);
    }
    keyFile = Files.write(dir.resolve("fdss.key"), key);
  }

  @Test
  void theReportIsTheFederationMergeOverTheMembersContributions() throws IOException {
    Path out = dir.resolve("p2/fdss.json");
    Path contributions = dir.resolve("p2/contributions");
    assertThat(run(out, "--targetParallelism=2", "--contributionsDir=" + contributions))
        .isEqualTo(0);

    byte[] expected = expectedReport();
    assertThat(Files.readAllBytes(out)).isEqualTo(expected);

    // terrain federate: the contribution files read back and merged.
    ContributionSet set = ContributionSet.empty();
    try (Stream<Path> files = Files.list(contributions)) {
      for (Path f : files.sorted().toList()) {
        set.add(f.getFileName().toString(), ContributionJson.read(f).contribution().orElseThrow());
      }
    }
    assertThat(set.size()).isEqualTo(18);
    byte[] federated =
        FederationReportJson.toBytes(
            Federation.merge("fdss", set, options()).report().orElseThrow());
    assertThat(federated).isEqualTo(expected);
  }

  @Test
  void leftOutMembersAreInTheSideOutputAndTheSummary() throws IOException {
    Path out = dir.resolve("left/fdss.json");
    assertThat(run(out, "--targetParallelism=2")).isEqualTo(0);

    Path problems = dir.resolve("left/fdss.problems");
    try (Stream<Path> files = Files.list(problems)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly(
              "020-m19.problems.txt", "021-m20.problems.txt", "022-nowhere.problems.txt");
    }
    assertThat(Files.readString(problems.resolve("020-m19.problems.txt"))).contains("2020-02-30");
    assertThat(Files.readString(problems.resolve("022-nowhere.problems.txt")))
        .startsWith("cannot read the dataset");
    String summary = Files.readString(dir.resolve("left/fdss.summary.json"));
    assertThat(summary)
        .contains("\"format\": \"terrain-beam-summary/1\"")
        .contains("\"organisation\": \"m18\"")
        .contains("\"problems_file\": \"022-nowhere.problems.txt\"")
        .doesNotContain("\"organisation\": \"m19\"");
    assertThat(summary.split("\"line\"", -1)).hasSize(22);
  }

  @Test
  void theBytesDoNotDependOnTheParallelismNorOnTheRun() throws IOException {
    List<byte[]> reports = new ArrayList<>();
    List<byte[]> summaries = new ArrayList<>();
    for (String p : List.of("1", "4", "4")) {
      Path out = dir.resolve("det" + reports.size() + "/fdss.json");
      assertThat(run(out, "--targetParallelism=" + p)).isEqualTo(0);
      reports.add(Files.readAllBytes(out));
      summaries.add(
          Files.readString(dir.resolve("det" + (reports.size() - 1) + "/fdss.summary.json"))
              .replace("det" + (reports.size() - 1), "det")
              .getBytes(StandardCharsets.UTF_8));
    }
    byte[] expected = expectedReport();
    reports.forEach(r -> assertThat(r).isEqualTo(expected));
    summaries.forEach(s -> assertThat(s).isEqualTo(summaries.get(0)));
  }

  @Test
  void usageErrorsAreOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        FederationPipeline.run(
            new String[] {"--members=" + membersFile, "--federation=fdss", "--output=x.json"},
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("terrain-beam: give the period: --year=YYYY, or --from=DATE and --to=DATE\n");

    err.reset();
    status =
        FederationPipeline.run(
            new String[] {"--year=2020", "--federation=fdss", "--output=x.json"},
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("terrain-beam: ")
        .contains("--members")
        .hasLineCount(1);
  }

  private static int run(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--runner=DirectRunner",
                "--members=" + membersFile,
                "--year=2020",
                "--today=" + TODAY,
                "--federation=fdss",
                "--federationKey=" + keyFile,
                "--output=" + out));
    args.addAll(List.of(extra));
    return FederationPipeline.run(args.toArray(String[]::new), System.err);
  }

  /** The federation module's merge over the valid members' contributions, made directly. */
  private static byte[] expectedReport() {
    Terrain terrain = Terrain.builder().findPlugins().build();
    FederationKey key = FederationKey.read(keyFile);
    List<Contribution> list = new ArrayList<>();
    for (Path m : members) {
      ReadResult read = terrain.read(m, LocalDate.parse(TODAY));
      if (read.isValid()) {
        list.add(
            Contributions.standard(
                read.dataset(),
                Period.ofYear(2020),
                Optional.of(key),
                Provenance.of(Provenance.terrainGenerator(), m, read.dataset())));
      }
    }
    assertThat(list).hasSize(18);
    return FederationReportJson.toBytes(
        Federation.merge("fdss", list, options()).report().orElseThrow());
  }

  private static FederationOptions options() {
    return FederationOptions.of();
  }
}
