package be.terrain.csv;

import static be.terrain.csv.CsvFolders.CONTACTS_HEADER;
import static be.terrain.csv.CsvFolders.CONTACT_1;
import static be.terrain.csv.CsvFolders.base;
import static be.terrain.csv.CsvFolders.read;
import static be.terrain.csv.CsvFolders.reader;
import static be.terrain.csv.CsvFolders.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.terrain.core.Antenna;
import be.terrain.core.Dataset;
import be.terrain.core.Organisation;
import be.terrain.core.Problem;
import be.terrain.core.ReadResult;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regressions of issue #17 (a fuzz of the readers): defects 3, 5, 6 and the problem limit. */
class CsvReliabilityTest {
  @TempDir Path dir;

  /** Makes {@code dir/file} an entry that exists but cannot be read as a file. */
  private void unreadable(String how, String file) throws Exception {
    Path p = dir.resolve(file);
    Files.deleteIfExists(p);
    switch (how) {
      case "dangling link" -> Files.createSymbolicLink(p, dir.resolve("nowhere.csv"));
      case "link loop" -> {
        Files.createSymbolicLink(p, dir.resolve(file + ".loop"));
        Files.createSymbolicLink(dir.resolve(file + ".loop"), p);
      }
      case "folder" -> Files.createDirectory(p);
      case "pipe" -> {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo works");
      }
      case "device" -> {
        assumeTrue(Files.exists(Paths.get("/dev/zero")), "a device to link to");
        Files.createSymbolicLink(p, Paths.get("/dev/zero"));
      }
      default -> throw new IllegalArgumentException(how);
    }
  }

  /** Defect 3: such a file was read as absent (exit 0, its records silently missing). */
  @ParameterizedTest
  @ValueSource(strings = {"dangling link", "link loop", "folder", "pipe", "device"})
  @Timeout(30)
  void aFileThatExistsButCannotBeReadIsAProblemNamingIt(String how) throws Exception {
    base(dir);
    unreadable(how, "contacts.csv");
    unreadable(how, "persons.csv");
    ReadResult r = reader().read(dir);
    List<Problem> problems = r.validation().problems();
    assertThat(r.isValid()).isFalse();
    for (String file : List.of("persons.csv", "contacts.csv")) {
      assertThat(problems)
          .as(how + " " + file)
          .filteredOn(p -> p.location().file().orElse("").equals(file))
          .filteredOn(p -> p.code().code().equals("TER-0215"))
          .hasSize(1)
          .first()
          .satisfies(p -> assertThat(p.message()).startsWith("cannot be read: "));
    }
    // the required persons.csv is not also said to be missing
    assertThat(problems).noneMatch(p -> p.code().code().equals("TER-0201"));
  }

  /** Defect 5: a name {@code '=x} came back from CSV as {@code =x}, in both dialects. */
  @ParameterizedTest
  @ValueSource(strings = {"rfc4180", "excel-fr"})
  void aNameStartingWithAnApostropheAndAFormulaCharacterRoundTrips(String dialect)
      throws IOException {
    for (String name : List.of("'=x", "''+1", "'-", "'hello", "=SUM(A1)", "'", "'@a'")) {
      Dataset d =
          Dataset.builder()
              .organisation(new Organisation("e2w", name))
              .add(new Antenna("a1", name, "BE-WHT", "SERVICE"))
              .build();
      Path out = Files.createTempDirectory(dir, "out");
      CsvDatasetWriter.of(CsvDialect.parse(dialect)).write(d, out);
      ReadResult r = read(out);
      assertThat(r.dataset().organisation().name()).as(name).isEqualTo(name);
      assertThat(r.dataset().antennas().get(0).name()).as(name).isEqualTo(name);
    }
  }

  /** Defect 6: dialect detection gave up after 64 KB of blank lines before the header. */
  @Test
  void theDialectIsDetectedPastManyBlankLines() {
    base(dir);
    String blank = "\r\n".repeat(40_000);
    write(
        dir,
        "contacts.csv",
        "\uFEFF"
            + blank
            + "id;date;antenna_id;channel;person_id\r\nc-1;2020-02-30;charleroi;STREET;p-1\r\n");
    ReadResult r = read(dir);
    assertThat(r.validation().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code().code()).isEqualTo("TER-0104");
              assertThat(p.location().line()).hasValue(40_002);
              assertThat(p.location().column()).hasValue(2);
            });
  }

  /** Defect 9: every problem was kept (1.1 million held 2.9 GB); now the first are, and a count. */
  @Test
  void problemsPastTheLimitAreCountedNotKept() {
    base(dir);
    StringBuilder rows = new StringBuilder(CONTACTS_HEADER + CONTACT_1);
    for (int i = 0; i < 500; i++) {
      rows.append("c-x").append(i).append(",2020-02-30,charleroi,STREET,p-1,\n");
    }
    write(dir, "contacts.csv", rows.toString());
    ReadResult all = reader().read(dir);
    ReadResult some =
        CsvDatasetReader.builder().today(ReferenceData.READ_ON).problemLimit(100).build().read(dir);
    assertThat(all.validation().problems()).hasSize(500);
    assertThat(some.validation().problems()).isEqualTo(all.validation().problems().subList(0, 100));
    assertThat(some.validation().omitted()).isEqualTo(400);
    assertThat(some.dataset().contacts()).hasSize(501);
  }

  /**
   * A header wider than any kind is refused at its first column too many, by both paths (its names
   * were all kept: 10 million columns held hundreds of MB; {@link CsvMemoryBoundsTest}).
   */
  @Test
  void aHeaderOfMoreThanAThousandColumnsIsRefused() {
    base(dir);
    write(dir, "antennas.csv", "id,name,province,kind" + ",x".repeat(997) + "\n" + "a,b,c,d\n");
    ReadResult r = read(dir);
    assertThat(r.validation().problems())
        .extracting(p -> p.code().code() + " " + p.location())
        .startsWith("TER-0212 antennas.csv:1:1001")
        .noneMatch(p -> p.startsWith("TER-0203"));
    assertThat(r.dataset().antennas()).isEmpty();
    write(dir, "antennas.csv", "id,name,province,kind" + ",x".repeat(996) + "\n");
    assertThat(read(dir).validation().problems())
        .extracting(p -> p.code().code())
        .doesNotContain("TER-0212")
        .filteredOn("TER-0203"::equals)
        .hasSize(996);
  }

  /** A row's unreadable cells past a thousand are counted in one problem, by both paths. */
  @Test
  void aRowKeepsAThousandUnreadableCellsAndCountsTheOthers() {
    base(dir);
    write(
        dir,
        "contacts.csv",
        CONTACTS_HEADER + "c-9,2020-01-02,charleroi,STREET,p-1,1" + ",a\"".repeat(1003) + "\n");
    List<Problem> problems = read(dir).validation().problems();
    assertThat(problems).hasSize(1002);
    assertThat(problems.get(999).location().column()).hasValue(1006);
    assertThat(problems.get(1000).message())
        .isEqualTo(
            "input exceeds a safety limit: 3 more cells that cannot be read in this row, past the"
                + " 1000 reported");
    assertThat(problems.get(1000).recordId()).contains("c-9");
    assertThat(problems.get(1001).code().code()).isEqualTo("TER-0206");
  }
}
