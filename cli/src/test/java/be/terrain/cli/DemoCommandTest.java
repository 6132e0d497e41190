package be.terrain.cli;

import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import be.terrain.core.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void theDemoPrintsTheMainTablesAndTheTicketsPlanAndWritesItsFiles() throws IOException {
    Path dir = tmp.resolve("demo");

    Run r = run("demo", "--out", dir.toString(), "--lang", "fr");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith(
            "Démo de Terrain : Terrain Demo asbl, une organisation fictive (aucune personne"
                + " réelle).\n")
        .contains("Valide : aucun problème.")
        .contains("=== Terrain Demo asbl (organisation terrain-demo) — 2020 ===")
        .containsPattern("Sexe \\(profile\\.sex\\) — N = \\d+ personnes\n  Féminin +\\d+ +\\d+ %\n")
        .containsPattern("\n  Rue +\\d+ +\\d+ % +\\d+ +[-+]\\d+,\\d %\n")
        .contains(
            "Rule tickets-s-2020: TICKET_S from 2020-01-01 to 2020-12-31, as of "
                + DemoCommand.TICKETS_AS_OF)
        .containsPattern("the budget runs out on 2020-1[12]-\\d\\d")
        .contains("Écrit dans " + dir.toAbsolutePath().normalize() + " :")
        .contains("\n  bin/terrain report " + dir.resolve("sample") + " --year 2020 --lang fr\n")
        .doesNotContain("\n  terrain ");
    assertThat(Cli.json(dir.resolve("report.json")).get("format").asString())
        .isEqualTo("terrain-report/1");
    assertThat(Cli.json(dir.resolve("report.json")).get("organisation").asString())
        .isEqualTo("terrain-demo");
    assertThat(Files.readString(dir.resolve("report.csv")))
        .startsWith(
            "table,scope_level,scope_id,measure,n,code,count,percent,history_1,history_2,change_percent,label\n");
    assertThat(Cli.json(dir.resolve("rules.json")).get("format").asString())
        .isEqualTo("terrain-rules/1");
  }

  @Test
  void oneRunSpeaksOneLanguageAndMarksTablesWhoseRowsMayExceedN() {
    Run en = run("demo", "--out", tmp.resolve("en").toString(), "--lang", "en");
    Run nl = run("demo", "--out", tmp.resolve("nl").toString(), "--lang", "nl");

    assertThat(en.out())
        .startsWith("Terrain demo: Terrain Demo asbl, a fictional organisation (no real person).\n")
        .contains("Valid: no problem.", "Wrote into ", "Next, try:")
        .containsPattern("Sex \\(profile\\.sex\\) — N = \\d+ persons\n  Female +\\d+ +\\d+ %\n")
        .doesNotContain("Féminin", "personnes", "Écrit");
    assertThat(nl.out())
        .startsWith(
            "Terrain-demo: Terrain Demo asbl, een fictieve organisatie (geen echte persoon).\n")
        .contains("Geschreven in ", "Probeer daarna:")
        .containsPattern("— N = \\d+ personen\n")
        .doesNotContain("Valid: no problem.", "personnes");
    // distributions.acts: an act with items of several groups counts in each
    assertThat(en.out())
        .containsPattern(
            "\\(distributions\\.acts\\) — N = \\d+ acts\n(  .*\n)+  \\* one person or act may count in"
                + " several rows: they may add up to more than N\n");
    assertThat(en.out().split("\\* one person", -1)).hasSize(2); // profile.sex etc. add up to N
  }

  @Test
  void withoutLangItSpeaksTheLocalesLanguageAndWritesItsDocuments() {
    Path dir = tmp.resolve("no-lang");
    Run r = run("demo", "--out", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dir.resolve("report.html")).isNotEmptyFile();
    assertThat(dir.resolve("report.pdf")).isNotEmptyFile();
  }

  @Test
  void theLanguageFollowsTheLocaleElseEnglish() {
    assertThat(DemoText.of(Locale.FRANCE)).isEqualTo(Language.FR);
    assertThat(DemoText.of(Locale.forLanguageTag("nl-BE"))).isEqualTo(Language.NL);
    assertThat(DemoText.of(Locale.GERMANY)).isEqualTo(Language.EN);
    assertThat(DemoText.of(Locale.ROOT)).isEqualTo(Language.EN);
  }

  @Test
  void byDefaultItWritesIntoTheTemporaryFolder() {
    assertThat(DemoCommand.defaultFolder())
        .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "terrain-demo"));
  }

  @Test
  void itsFilesAreThoseTheOtherCommandsGive() throws IOException {
    Path dir = tmp.resolve("demo");
    assertThat(run("demo", "--out", dir.toString(), "--lang", "en").exit()).isZero();
    Path sample = dir.resolve("sample");
    Path again = tmp.resolve("again.json");

    assertThat(run("validate", sample.toString()).exit()).isZero();
    Run report =
        run(
            "report",
            sample.toString(),
            "--year",
            "2020",
            "--lang",
            "en",
            "--out",
            again.toString());

    assertThat(report.exit()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(dir.resolve("report.json")));
    Run rules =
        run(
            "rules",
            sample.toString(),
            "--rules",
            dir.resolve("rules.json").toString(),
            "--as-of",
            DemoCommand.TICKETS_AS_OF.toString());
    assertThat(rules.exit()).isZero();
    assertThat(rules.out()).startsWith("Rule tickets-s-2020");
  }

  @Test
  void anUnwritableFolderIsAUsageError() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");

    run("demo", "--out", file.toString()).failsInOneLine(TerrainCli.USAGE);
  }
}
