package be.terrain.cli.conservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.ReadResult;
import be.terrain.core.RecordKind;
import be.terrain.testing.ReadChecks;
import be.terrain.testkit.ValidDatasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conservation (issue #17): whatever a reader reads, no record is lost without a word. A valid
 * dataset (the testkit's generator) is written in each format, rows with one flaw each are added to
 * it, and the read gives back every record of the dataset, with none of its problems, and names
 * every added row by its id in a located problem.
 */
class ConservationProperties {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Formats.class)
  void everyRecordIsReadOrNamedByAProblem(Formats format) {
    qt().withExamples(60)
        .forAll(
            ValidDatasets.valid(),
            lists().of(integers().between(0, BadContacts.FLAWS.size() - 1)).ofSizeBetween(0, 4))
        .checkAssert((dataset, flaws) -> check(format, dataset, flaws));
  }

  private void check(Formats format, Dataset written, List<Integer> flaws) {
    Path here = fresh();
    Path target = format.write(written, here);
    List<Map<String, String>> bad = BadContacts.rows(written, flaws);
    BadContacts.inject(format, target, bad);

    ReadResult read = format.read(target);
    ReadChecks.check(read);
    List<Problem> problems = read.validation().problems();
    Set<String> named = new HashSet<>();
    problems.forEach(p -> p.recordId().ifPresent(named::add));

    for (RecordKind kind : Formats.WITH_IDS) {
      assertThat(Formats.ids(read.dataset(), kind))
          .as("every %s written is read back", kind)
          .containsAll(Formats.ids(written, kind));
    }
    assertThat(read.dataset().size(RecordKind.PROFILE))
        .as("every profile written is read back")
        .isEqualTo(written.size(RecordKind.PROFILE));
    for (Map<String, String> row : bad) {
      String id = row.get("id");
      assertThat(Formats.ids(read.dataset(), RecordKind.CONTACT).contains(id) || named.contains(id))
          .as("the bad contact %s is read or named by a problem: %s", row, problems)
          .isTrue();
      assertThat(named)
          .as("the bad contact %s is named by a problem: %s", row, problems)
          .contains(id);
    }
    if (bad.isEmpty()) {
      assertThat(problems).as("a valid dataset reads without problem").isEmpty();
    }
  }

  private Path fresh() {
    try {
      return Files.createTempDirectory(dir, "conservation");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
