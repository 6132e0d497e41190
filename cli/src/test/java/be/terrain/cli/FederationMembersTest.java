package be.terrain.cli;

import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import be.terrain.federation.FederationReport;
import be.terrain.federation.FederationReportJson;
import be.terrain.federation.FederationScope;
import be.terrain.federation.FederationTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated members with overlapping persons through {@code contribute} and {@code federate}: the
 * estimate near the truth, the bounds around it, and no person id, linkage code or key byte in any
 * file written or in anything shown.
 */
class FederationMembersTest {
  @TempDir static Path tmp;

  private static FederationDemo.Members members;
  private static final List<Path> contributions = new ArrayList<>();
  private static final List<Run> runs = new ArrayList<>();
  private static Path key;

  @BeforeAll
  static void contribute() throws IOException {
    members = FederationDemo.write(tmp.resolve("members"));
    key = tmp.resolve("fdss.key");
    Files.writeString(key, FederationCommandsTest.KEY, StandardCharsets.UTF_8);
    for (Path m : members.folders()) {
      Path out = tmp.resolve("out").resolve(m.getFileName() + ".json");
      Run r =
          run(
              "contribute",
              m.toString(),
              "--year",
              String.valueOf(FederationDemo.YEAR.from().getYear()),
              "--federation-key",
              key.toString(),
              "--out",
              out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      runs.add(r);
      contributions.add(out);
    }
  }

  private static Run federate(String... more) {
    List<String> args = new ArrayList<>(List.of("federate"));
    contributions.forEach(c -> args.add(c.toString()));
    args.addAll(List.of("--federation", "fdss"));
    args.addAll(List.of(more));
    Run r = run(args.toArray(String[]::new));
    runs.add(r);
    return r;
  }

  @Test
  void theEstimateIsNearTheTruthAndWithinTheBounds() {
    Path out = tmp.resolve("fdss.json");
    assertThat(federate("--out", out.toString()).exit()).isZero();
    FederationReport report = FederationReportJson.read(out).report().orElseThrow();
    FederationTable t =
        report
            .table(
                FederationDemo.TABLE, new FederationScope(FederationScope.Level.FEDERATION, "fdss"))
            .orElseThrow();
    long truth = members.distinct();
    assertThat(truth).isLessThan(members.sum()); // the members do share persons
    assertThat(t.nBounds().orElseThrow().contains(truth)).isTrue();
    assertThat(t.nBounds().orElseThrow().hi()).isEqualTo(members.sum());
    assertThat((double) t.n().getAsLong())
        .isCloseTo(truth, org.assertj.core.data.Percentage.withPercentage(5));
    assertThat(report.members())
        .extracting(m -> m.organisation())
        .containsExactly("alpha", "beta", "gamma");
  }

  @Test
  void theTerminalShowsTheTablesInTheLanguageAsked() {
    Run r = federate("--lang", "nl", "--suppress-below", "5", "--rounding", "largest-remainder");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("=== Federatie fdss — ")
        .contains("tussen ")
        .contains("=== Lid gamma");
  }

  @Test
  void noPersonIdLinkageCodeOrKeyIsWrittenOrShown() throws IOException {
    federate("--out", tmp.resolve("scan.json").toString());
    federate("--lang", "en");
    federate("--no-linkage", "--problems", "json");
    List<String> secrets = new ArrayList<>();
    secrets.add(FederationCommandsTest.KEY);
    secrets.add(FederationCommandsTest.KEY.substring(0, 16));
    for (Path m : members.folders()) {
      List<String> lines = Files.readAllLines(m.resolve("persons.csv"), StandardCharsets.UTF_8);
      List<String> head = List.of(lines.get(0).split(","));
      int id = head.indexOf("id");
      int code = head.indexOf("linkage_code");
      assertThat(code).isPositive();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        secrets.add("\"" + cells[id] + "\"");
        if (!cells[code].isEmpty()) {
          secrets.add(cells[code]);
        }
      }
    }
    assertThat(secrets).hasSizeGreaterThan(1000);
    List<String> written = new ArrayList<>();
    try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
      for (Path f : files.toList()) {
        written.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    written.add(Files.readString(tmp.resolve("scan.json"), StandardCharsets.UTF_8));
    runs.forEach(r -> written.add(r.out() + r.err()));
    // the scan can fail: a person's code is found where it is
    assertThat(
            Files.readString(
                members.folders().get(members.folders().size() - 1).resolve("persons.csv")))
        .contains(secrets.get(secrets.size() - 1));
    for (String text : written) {
      for (String s : secrets) {
        assertThat(text).doesNotContain(s);
      }
    }
  }
}
