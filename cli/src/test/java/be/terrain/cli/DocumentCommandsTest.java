package be.terrain.cli;

import static be.terrain.cli.Cli.TODAY;
import static be.terrain.cli.Cli.reference;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** report.html, report.pdf and --charts through the command line; the quality command. */
class DocumentCommandsTest {
  @TempDir Path tmp;

  @Test
  void reportHtmlOpensWithTheQualitySectionAndChartsGoIntoTheirFolder() throws IOException {
    Path out = tmp.resolve("report.html");
    Path charts = tmp.resolve("charts");

    Run r =
        run(
            "report",
            reference(),
            "--year",
            "2020",
            "--today",
            TODAY,
            "--out",
            out.toString(),
            "--charts",
            charts.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).contains("<section class=\"quality\" id=\"quality\">");
    assertThat(html.indexOf("id=\"quality\"")).isLessThan(html.indexOf("class=\"scope\""));
    assertThat(html).contains("Antenne Extra Ring").contains("Sexe — N = 117 personnes");
    assertThat(charts.resolve("antenna-extra-ring-profile.sex.png")).isNotEmptyFile();
    assertThat(charts.resolve("antenna-extra-ring-profile.sex.svg")).isNotEmptyFile();
    try (Stream<Path> files = Files.list(charts)) {
      // every table of every scope (the organisation, 2 provinces, 5 antennas): PNG and SVG
      assertThat(files.count()).isEqualTo(2L * 21 * 8);
    }
  }

  @Test
  void reportPdfIsAPdf() throws IOException {
    Path out = tmp.resolve("report.pdf");

    Run r = run("report", reference(), "--year", "2020", "--today", TODAY, "--out", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(new String(Files.readAllBytes(out), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void qualityJsonHasItsFormatAndEntries() {
    Path out = tmp.resolve("quality.json");

    Run r =
        run("quality", reference(), "--year", "2020", "--today", TODAY, "--out", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode q = Cli.json(out);
    assertThat(q.get("format").asString()).isEqualTo("terrain-quality/1");
    JsonNode first = q.get("entries").get(0);
    assertThat(first.get("scope").get("level").asString()).isEqualTo("ORGANISATION");
    assertThat(first.get("population").asString()).isEqualTo("psychosocial");
    assertThat(first.get("attribute").asString()).isEqualTo("sex");
    assertThat(first.has("n") && first.has("unknown") && first.has("percent")).isTrue();
    assertThat(first.has("previous_percent") && first.has("change_points")).isTrue();
  }

  @Test
  void qualityCsvAndText() throws IOException {
    Path out = tmp.resolve("quality.csv");

    Run csv =
        run("quality", reference(), "--year", "2020", "--today", TODAY, "--out", out.toString());
    Run text = run("quality", reference(), "--year", "2020", "--today", TODAY);

    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(Files.readAllLines(out).get(0))
        .startsWith("scope_level,scope_id,population,attribute,n,unknown");
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("psychosocial").contains("first_contact");
  }
}
