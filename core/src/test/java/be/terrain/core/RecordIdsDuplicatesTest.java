package be.terrain.core;

import static be.terrain.core.Rows.TODAY;
import static be.terrain.core.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import be.terrain.core.internal.FieldRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Issue #13: the record ids of a later file, kept as numbers while they are one prefix and
 * increasing numbers of one width, still give every duplicate (TER-0301, on the later row, with its
 * file, line, record and field) and every invalid id, exactly where a set of the ids as text says,
 * whatever breaks the numbering: a repeat out of order, another prefix or width, letters,
 * non-ASCII.
 */
class RecordIdsDuplicatesTest {
  private static final RecordLocator LINES =
      (kind, position, field) -> Location.ofLine(kind.collection(), position);

  private static List<String> ids(Random random) {
    int n = 1 + random.nextInt(120);
    int width = 1 + random.nextInt(8);
    long number = random.nextInt(20);
    int oddOneIn = 2 + random.nextInt(40);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int move = random.nextInt(oddOneIn) == 0 ? random.nextInt(7) : 0;
      switch (move) {
        case 0 -> number++;
        case 1 -> number = Math.max(0, number - 1 - random.nextInt(4));
        case 2 -> width++;
        default -> {}
      }
      String digits = Long.toString(number);
      String id = "c-" + "0".repeat(Math.max(0, width - digits.length())) + digits;
      ids.add(
          switch (move) {
            case 3 -> id + "b";
            case 4 -> "x" + id;
            case 5 -> id.replace('-', 'é');
            case 6 -> "c-" + id;
            default -> id;
          });
    }
    return ids;
  }

  private static void assertProblemsOf(RecordKind kind, List<String> ids) {
    DatasetBuilder b = Rows.base().locator(LINES);
    List<Tuple> duplicates = new ArrayList<>();
    List<Tuple> invalid = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      b.addRow(kind, row(kind, "id", id), i + 3);
      if (!seen.add(id)) {
        duplicates.add(tuple(kind, id, "id", i + 3));
      }
      if (!FieldRules.isValidId(id)) {
        invalid.add(tuple(kind, "id", id, i + 3));
      }
    }
    List<Problem> problems = b.build().validateWithoutPlugins(TODAY).problems();
    assertThat(
            problems.stream()
                .filter(p -> p.code().equals(ProblemCodes.DUPLICATE_ID))
                .map(
                    p ->
                        tuple(
                            p.recordKind().orElse(null),
                            p.recordId().orElse(null),
                            p.field().orElse(null),
                            p.location().line().getAsInt()))
                .toList())
        .as("duplicates of %s", ids)
        .isEqualTo(duplicates);
    assertThat(
            problems.stream()
                .filter(p -> p.code().equals(ProblemCodes.INVALID_ID))
                .map(
                    p ->
                        tuple(
                            p.recordKind().orElse(null),
                            p.field().orElse(null),
                            p.value().orElse(null),
                            p.location().line().getAsInt()))
                .toList())
        .as("invalid ids of %s", ids)
        .isEqualTo(invalid);
  }

  @Test
  void randomRecordIdsGiveTheDuplicatesAndInvalidIdsOfTheirText() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              RecordKind kind = random.nextBoolean() ? RecordKind.CONTACT : RecordKind.HEALTH;
              assertProblemsOf(kind, ids(random));
            });
  }

  @Test
  void numberedIdsTooLongForAnIdAreEachReported() {
    String prefix = "c".repeat(FieldRules.ID_MAX_LENGTH);
    assertProblemsOf(RecordKind.CONTACT, List.of(prefix + "1", prefix + "2", prefix + "2"));
  }

  @Test
  void aRepeatAfterTheNumberingBreaksIsReportedOnItsLine() {
    assertProblemsOf(
        RecordKind.CONTACT, List.of("c-01", "c-02", "c-03", "c-02", "c-04", "c-2", "c-04"));
  }
}
