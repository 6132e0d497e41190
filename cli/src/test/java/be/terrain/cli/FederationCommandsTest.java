package be.terrain.cli;

import static be.terrain.cli.Cli.TODAY;
import static be.terrain.cli.Cli.reference;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import be.terrain.federation.ContributionJson;
import be.terrain.federation.FederationReport;
import be.terrain.federation.FederationReportJson;
import be.terrain.federation.FederationScope;
import be.terrain.federation.FederationTable;
import be.terrain.federation.Provenance;
import be.terrain.platform.Terrain;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code terrain contribute} and {@code terrain federate}: round trips, usage errors, refusals. */
class FederationCommandsTest {
  static final String KEY = "fdss-shared-key-0123456789-abcdef";

  @TempDir Path tmp;

  private Path key() throws IOException {
    Path k = tmp.resolve("fdss.key");
    Files.writeString(k, KEY, StandardCharsets.UTF_8);
    return k;
  }

  private Path contribute(String dataset, String name) throws IOException {
    Path out = tmp.resolve(name);
    Run r =
        run(
            "contribute",
            dataset,
            "--year",
            "2020",
            "--today",
            TODAY,
            "--federation-key",
            key().toString(),
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("terrain contribute: wrote " + out + " (with linkage)\n");
    return out;
  }

  @Test
  void theContributionCarriesTheDatasetsSha256AndRecordCount() throws IOException {
    Path c = contribute(reference(), "e2w.json");
    Provenance p = ContributionJson.read(c).contribution().orElseThrow().provenance();
    Path folder = Path.of(reference());
    assertThat(p.datasetSha256()).isEqualTo(Provenance.sha256(folder));
    assertThat(p.records())
        .isEqualTo(
            Provenance.records(
                Terrain.builder()
                    .findPlugins()
                    .build()
                    .read(folder, ReferenceData.READ_ON)
                    .orThrow()));
  }

  @Test
  void theReferenceDatasetAsAOneMemberFederationGivesItsReportsFigures() throws IOException {
    Path c = contribute(reference(), "e2w.json");
    assertThat(ContributionJson.read(c).problems()).isEmpty();
    Path fed = tmp.resolve("out/fdss.json");
    Run r = run("federate", c.toString(), "--federation", "fdss", "--out", fed.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    FederationReport report = FederationReportJson.read(fed).report().orElseThrow();
    Path rep = tmp.resolve("report.json");
    assertThat(
            run("report", reference(), "--year", "2020", "--today", TODAY, "--out", rep.toString())
                .exit())
        .isZero();
    JsonNode expected = Cli.json(rep);
    int compared = 0;
    for (JsonNode t : expected.get("tables")) {
      if (!t.get("scope").get("level").asString().equals("ORGANISATION")) {
        continue;
      }
      FederationTable f =
          report
              .table(
                  t.get("id").asString(),
                  new FederationScope(FederationScope.Level.FEDERATION, "fdss"))
              .orElseThrow();
      assertThat(f.n().getAsLong()).as(f.id()).isEqualTo(t.get("n").asLong());
      for (int i = 0; i < f.rows().size(); i++) {
        assertThat(f.rows().get(i).count().getAsLong())
            .as(f.id() + " " + f.rows().get(i).code())
            .isEqualTo(t.get("rows").get(i).get("count").asLong());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(20);
  }

  @Test
  void withoutOutTheTablesShowEstimatesIntervalsAndBounds() throws IOException {
    Path c = contribute(reference(), "e2w.json");
    Run r = run("federate", c.toString(), "--federation", "fdss", "--lang", "en");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("=== Federation fdss — 2020 — 1 member ===")
        .containsPattern("N = \\d+ \\(\\d+–\\d+; between \\d+ and \\d+\\) persons")
        .contains("=== Member e2w");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void usageErrors() throws IOException {
    Path shortKey = tmp.resolve("short.key");
    Files.writeString(shortKey, "0123456789abcde", StandardCharsets.UTF_8); // 15 bytes
    Path out = tmp.resolve("c.json");
    Run r =
        run(
                "contribute",
                reference(),
                "--year",
                "2020",
                "--federation-key",
                shortKey.toString(),
                "--out",
                out.toString())
            .failsInOneLine(2);
    assertThat(r.err()).contains("--federation-key").contains("16").doesNotContain("0123456789");
    run("contribute", reference(), "--year", "2020", "--from", "2020-01-01", "--to", "2020-02-01")
        .failsInOneLine(2);
    assertThat(
            run(
                    "contribute",
                    reference(),
                    "--year",
                    "2020",
                    "--from",
                    "2020-01-01",
                    "--to",
                    "2020-02-01",
                    "--out",
                    out.toString())
                .failsInOneLine(2)
                .err())
        .contains("not both");
    Path c = contribute(reference(), "e2w.json");
    assertThat(run("federate", c.toString()).failsInOneLine(2).err()).contains("--federation");
    assertThat(
            run("federate", c.toString(), "--federation", "fdss", "--suppress-below", "0")
                .failsInOneLine(2)
                .err())
        .contains("--suppress-below 0");
    assertThat(
            run("federate", tmp.resolve("none.json").toString(), "--federation", "fdss")
                .failsInOneLine(2)
                .err())
        .contains("none.json");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void refusedContributionsAreListedWithFileAndPointer() throws IOException {
    Path good = contribute(reference(), "e2w.json");
    Path twice = tmp.resolve("e2w-again.json");
    Files.copy(good, twice);
    Path bad = tmp.resolve("bad.json");
    Files.writeString(
        bad,
        Files.readString(good).replaceFirst("\"records\": ", "\"records\": -"),
        StandardCharsets.UTF_8);
    Run r = run("federate", good.toString(), bad.toString(), "--federation", "fdss");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(bad + "#/provenance/records").contains("TER-0607");
    assertThat(r.err()).isEqualTo("terrain federate: the contributions were refused: 1 problem\n");
    Run twiceRun =
        run(
            "federate",
            good.toString(),
            twice.toString(),
            "--federation",
            "fdss",
            "--problems",
            "json");
    assertThat(twiceRun.exit()).isEqualTo(1);
    JsonNode problems = Cli.json(twiceRun.out());
    assertThat(problems.size()).isEqualTo(1);
    assertThat(problems.get(0).get("code").asString()).isEqualTo("TER-0623");
    assertThat(problems.get(0).toString()).contains("e2w").contains("/organisation");
  }

  @Test
  void theFederationDemoShowsTheEstimateBesideTheTruth() {
    Run r = run("demo", "--federation", "--out", tmp.resolve("demo").toString(), "--lang", "en");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("N = [0-9 ]+ \\([0-9 ]+–[0-9 ]+; between [0-9 ]+ and [0-9 ]+\\) persons")
        .containsPattern("Distinct persons across members: estimated [0-9 ]+ .*, truly [0-9 ]+");
    assertThat(tmp.resolve("demo/federation/fdss-demo.json")).exists();
  }

  @Test
  void theFederationDemoSpeaksTheLanguageAsked() {
    Run fr = run("demo", "--federation", "--out", tmp.resolve("fr").toString(), "--lang", "fr");
    assertThat(fr.exit()).as(fr.err()).isZero();
    assertThat(fr.out())
        .contains("Une fédération de 3 membres", "Ensuite, essayez :")
        .containsPattern("Personnes distinctes entre les membres : estimées [0-9 ]+ .*, en réalité")
        .doesNotContain("Distinct persons", "Wrote into", "Try next");
    Run nl = run("demo", "--federation", "--out", tmp.resolve("nl").toString(), "--lang", "nl");
    assertThat(nl.exit()).as(nl.err()).isZero();
    assertThat(nl.out())
        .contains("Een federatie van 3 leden", "Geschreven in ", "Probeer daarna:")
        .contains("Verschillende personen over de leden heen: geschat")
        .doesNotContain("Distinct persons", "Wrote into", "Try next");
  }
}
