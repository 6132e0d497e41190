package be.terrain.cli;

import static be.terrain.cli.Cli.TODAY;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import be.terrain.core.Dataset;
import be.terrain.core.Person;
import be.terrain.core.ReadResult;
import be.terrain.core.RecordKind;
import be.terrain.csv.CsvDatasetWriter;
import be.terrain.csv.CsvDialect;
import be.terrain.platform.Terrain;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional {@code linkage_code} of a person in every format: read and written by CSV (both
 * dialects), JSON and JSON Lines, kept through any chain of conversions, and absent from a dataset
 * without codes (written byte for byte as before).
 */
class LinkageCodeFormatsTest {
  /** A distinctive code: no other text of a dataset or a report holds it. */
  static final String CODE = "LNK-zz9.q_7";

  @TempDir Path tmp;

  /**
   * A copy of the reference dataset whose persons have linkage codes: {@code CODE} and the person's
   * row (so that every code holds {@code CODE}), none for every third person, and one starting with
   * {@code -} (a formula character in a spreadsheet, so written {@code '-...}).
   */
  static Path referenceWithCodes(Path dir) {
    Path copy = dir.resolve("with-codes");
    try {
      Files.createDirectories(copy);
      try (Stream<Path> files = Files.list(ReferenceData.seed2020())) {
        for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
          Files.copy(f, copy.resolve(f.getFileName().toString()));
        }
      }
      Path persons = copy.resolve("persons.csv");
      List<String> lines = Files.readAllLines(persons, StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      out.add(lines.get(0) + ",linkage_code");
      for (int i = 1; i < lines.size(); i++) {
        // the second code starts with a formula character: written with the ' guard
        String code = i == 2 ? "'-" + CODE : i % 3 == 0 ? "" : CODE + "." + i;
        out.add(lines.get(i) + "," + code);
      }
      Files.write(persons, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  private static ReadResult read(Path p) {
    return Terrain.builder().findPlugins().build().read(p, ReferenceData.READ_ON);
  }

  @Test
  void aCsvFolderWithCodesReadsThem() {
    Dataset d = read(referenceWithCodes(tmp)).orThrow();

    assertThat(d.persons().anyLinkageCode()).isTrue();
    assertThat(d.persons().linkageCode(0)).contains(CODE + ".1");
    assertThat(d.persons().linkageCode(1)).contains("-" + CODE);
    assertThat(d.persons().hasLinkageCode(2)).isFalse();
    assertThat(d.persons().get(0).linkageCode()).contains(CODE + ".1");
    // apart from the codes, the dataset is the reference
    List<Person> without = d.persons().stream().map(p -> p.withLinkageCode(null)).toList();
    assertThat(without).isEqualTo(MiniCsv.reference().persons());
  }

  @Test
  void codesSurviveEveryChainOfConversions() throws IOException {
    Path source = referenceWithCodes(tmp);
    Dataset expected = read(source).orThrow();
    String[] chain = {"a.json", "b.jsonl", "c-csv", "d.json", "e-excel", "f.jsonl", "g-csv"};
    Path from = source;
    for (String step : chain) {
      Path to = tmp.resolve(step);
      List<String> args = new ArrayList<>(List.of("convert", from.toString(), to.toString()));
      args.addAll(List.of("--today", TODAY));
      if (step.endsWith("excel")) {
        args.addAll(List.of("--dialect", "excel-fr"));
      }
      Run r = run(args.toArray(String[]::new));
      assertThat(r.exit()).as(step + ": " + r.err()).isZero();
      ReadResult back = read(to);
      assertThat(back.validation().problems()).as(step).isEmpty();
      assertThat(back.dataset()).as(step).isEqualTo(expected);
      from = to;
    }
    String excel = Files.readString(tmp.resolve("e-excel/persons.csv"), StandardCharsets.UTF_8);
    assertThat(excel.lines().findFirst().orElseThrow()).endsWith(";linkage_code");
    // the spreadsheet dialect guards the code that starts with a formula character
    assertThat(excel).contains(";'-" + CODE + "\r\n");
    String csv = Files.readString(tmp.resolve("g-csv/persons.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",linkage_code");
    assertThat(csv).contains(",'-" + CODE + "\n");
    assertThat(Files.readString(tmp.resolve("a.json"))).contains("\"linkage_code\": \"" + CODE);
    assertThat(Files.readString(tmp.resolve("b.jsonl"))).contains("\"linkage_code\":\"" + CODE);
  }

  @Test
  void aDatasetWithoutCodesIsWrittenAsBeforeInEveryFormat() throws IOException {
    Dataset reference = MiniCsv.reference();
    for (CsvDialect dialect : CsvDialect.values()) {
      Path folder = tmp.resolve("csv-" + dialect);
      CsvDatasetWriter.of(dialect).write(reference, folder);
      String persons = Files.readString(folder.resolve("persons.csv"), StandardCharsets.UTF_8);
      assertThat(persons).doesNotContain("linkage_code");
      assertThat(persons.lines().findFirst().orElseThrow())
          .endsWith("nationality" + dialect.separator() + "first_contact");
    }
    // the reference folder itself has no such column: written again, it is the same bytes
    Path again = tmp.resolve("again");
    CsvDatasetWriter.rfc4180().write(reference, again);
    assertThat(Files.readAllBytes(again.resolve("persons.csv")))
        .isEqualTo(Files.readAllBytes(ReferenceData.seed2020().resolve("persons.csv")));
    for (String file : new String[] {"x.json", "x.jsonl"}) {
      Path out = tmp.resolve(file);
      Run r = run("convert", ReferenceData.seed2020().toString(), out.toString(), "--today", TODAY);
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(Files.readString(out)).doesNotContain("linkage_code");
    }
  }

  @Test
  void aPersonWithAnEmptyCodeHasNoneAndTheColumnStaysWhenAnotherHasOne() throws IOException {
    Path source = referenceWithCodes(tmp);
    Dataset d = read(source).orThrow();
    Path out = tmp.resolve("written");

    CsvDatasetWriter.rfc4180().write(d, out);

    assertThat(Files.readAllBytes(out.resolve("persons.csv")))
        .isEqualTo(Files.readAllBytes(source.resolve("persons.csv")));
    assertThat(d.size(RecordKind.PERSON)).isGreaterThan(3);
  }
}
