package be.terrain.cli;

import static be.terrain.cli.Cli.TODAY;
import static be.terrain.cli.Cli.run;
import static be.terrain.cli.LinkageCodeFormatsTest.CODE;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A linkage code is personal data: it is never written to a report (any format), a problem (text or
 * JSON, whether the code is invalid or the person has other problems), the rules check or a log.
 * Each test scans the bytes of what the command line wrote for the distinctive {@code CODE}.
 */
class LinkageCodePrivacyTest {
  private static final byte[] CODE_BYTES = CODE.getBytes(StandardCharsets.UTF_8);

  @TempDir Path tmp;

  @BeforeEach
  void recordLogs() {
    assertThat(RecordingLogs.isActive()).as("the tests' SLF4J provider records the logs").isTrue();
    RecordingLogs.clear();
  }

  private static void assertNoCode(String what, byte[] bytes) {
    assertThat(indexOf(bytes, CODE_BYTES)).as(what + " holds the linkage code").isNegative();
  }

  private static void assertNoCode(Run r) {
    assertNoCode("standard output", r.out().getBytes(StandardCharsets.UTF_8));
    assertNoCode("standard error", r.err().getBytes(StandardCharsets.UTF_8));
    assertNoCode("the logs", RecordingLogs.text().getBytes(StandardCharsets.UTF_8));
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void theScanFindsTheCodeWhereItIs() throws IOException {
    Path data = LinkageCodeFormatsTest.referenceWithCodes(tmp);
    // (the check itself can fail: the dataset's own file holds the code)
    assertThat(indexOf(Files.readAllBytes(data.resolve("persons.csv")), CODE_BYTES)).isPositive();
  }

  @Test
  void noReportFormatWritesTheCodeAndTheReportIsTheSameAsWithout() throws IOException {
    Path data = LinkageCodeFormatsTest.referenceWithCodes(tmp);
    for (String name : List.of("report-2020.json", "report-2020.csv")) {
      Path out = tmp.resolve(name);

      Run r = run("report", data.toString(), "--year", "2020", "--today", TODAY, "--out", "" + out);

      assertThat(r.exit()).as(r.err()).isZero();
      assertNoCode(name, Files.readAllBytes(out));
      assertNoCode(r);
      assertThat(Files.readAllBytes(out))
          .as("codes change nothing in the report")
          .isEqualTo(Files.readAllBytes(ReferenceData.expected(name)));
    }
    Run text = run("report", data.toString(), "--year", "2020", "--today", TODAY);
    assertThat(text.exit()).as(text.err()).isZero();
    assertNoCode(text);
  }

  @Test
  void theRulesCheckNeverWritesTheCode() throws IOException {
    Path data = LinkageCodeFormatsTest.referenceWithCodes(tmp);
    Path out = tmp.resolve("rules-check-2021-12-31.json");
    String rules = ReferenceData.seed2020().resolve("rules.json").toString();

    Run r =
        run(
            "rules",
            data.toString(),
            "--rules",
            rules,
            "--as-of",
            "2021-12-31",
            "--today",
            TODAY,
            "--out",
            out.toString());
    Run text =
        run("rules", data.toString(), "--rules", rules, "--as-of", "2021-12-31", "--today", TODAY);

    assertThat(r.exit()).as(r.err()).isZero();
    assertNoCode("rules-check.json", Files.readAllBytes(out));
    assertNoCode(r);
    assertNoCode(text);
    assertThat(Cli.json(out))
        .isEqualTo(Cli.json(ReferenceData.expected("rules-check-2021-12-31.json")));
  }

  @Test
  void problemsNeverQuoteTheCodeInvalidOrNot() throws IOException {
    Path data = LinkageCodeFormatsTest.referenceWithCodes(tmp);
    Path persons = data.resolve("persons.csv");
    List<String> lines = Files.readAllLines(persons, StandardCharsets.UTF_8);
    // line 2: an invalid code (a space and a slash); line 5: a valid code, a bad birth year and a
    // bad nationality; line 6: a code far too long
    lines.set(1, lines.get(1).replaceFirst(",[^,]*$", ",bad " + CODE + "/x"));
    String[] cells = lines.get(4).split(",", -1);
    cells[3] = "85";
    cells[4] = "be";
    lines.set(4, String.join(",", cells));
    lines.set(5, lines.get(5).replaceFirst(",[^,]*$", "," + CODE.repeat(7)));
    Files.write(persons, lines, StandardCharsets.UTF_8);

    for (String format : new String[] {"text", "json"}) {
      Run r = run("validate", data.toString(), "--today", TODAY, "--problems", format);

      assertThat(r.exit()).as(r.err()).isEqualTo(TerrainCli.INVALID);
      String all = r.out() + r.err();
      assertThat(all).contains("TER-0114").contains("TER-0107").contains("TER-0108");
      assertNoCode(r);
    }
    for (String target : new String[] {"x.json", "x.jsonl"}) {
      Run r = run("convert", data.toString(), tmp.resolve(target).toString(), "--today", TODAY);
      assertThat(r.exit()).isEqualTo(TerrainCli.INVALID);
      assertNoCode(r);
    }
  }

  @Test
  void aJsonDocumentsBadCodeIsNotQuotedEither() throws IOException {
    Path json = tmp.resolve("bad.json");
    Run convert =
        run(
            "convert",
            LinkageCodeFormatsTest.referenceWithCodes(tmp).toString(),
            json.toString(),
            "--today",
            TODAY);
    assertThat(convert.exit()).as(convert.err()).isZero();
    String text = Files.readString(json, StandardCharsets.UTF_8);
    // a number, then a string with a space, in place of two codes
    text = text.replaceFirst("\"linkage_code\": \"[^\"]*\"", "\"linkage_code\": 12345");
    text =
        text.replaceFirst("\"linkage_code\": \"[^\"]*\"", "\"linkage_code\": \"a " + CODE + "\"");
    Files.writeString(json, text, StandardCharsets.UTF_8);

    Run r = run("validate", json.toString(), "--today", TODAY, "--problems", "json");

    assertThat(r.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(r.out() + r.err()).contains("linkage_code").doesNotContain("12345");
    assertNoCode(r);
  }
}
