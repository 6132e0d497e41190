package be.terrain.core;

import static be.terrain.core.Rows.TODAY;
import static be.terrain.core.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue #17, defect 9 and the memory bounds): 1.1 million problems held 2.9 GB before
 * anything was printed. A dataset keeps at most its problem limit, the first in the usual order,
 * and counts the others.
 */
class ProblemLimitTest {

  /** A base dataset with contacts: every row has a bad date, every other one a duplicate id. */
  private static DatasetBuilder wrong(DatasetBuilder b, int rows, boolean inPart) {
    b.addRow(RecordKind.ORGANISATION, row(RecordKind.ORGANISATION), 2)
        .addRow(
            RecordKind.ANTENNA,
            row(RecordKind.ANTENNA, "id", "a1", "province", "BE-WHT", "kind", "SERVICE"),
            2)
        .addRow(RecordKind.PERSON, row(RecordKind.PERSON, "id", "p1"), 2);
    IntFunction<String[]> contact =
        i ->
            row(
                RecordKind.CONTACT,
                "id",
                "c" + (i / 2),
                "date",
                i % 3 == 0 ? "2020-02-30" : "2020-01-01",
                "person_id",
                i % 5 == 0 ? "nobody" : "p1");
    if (inPart) {
      try (DatasetPart part = b.part(RecordKind.CONTACT)) {
        for (int i = 0; i < rows; i++) {
          part.addRow(contact.apply(i), i + 2);
        }
      }
    } else {
      for (int i = 0; i < rows; i++) {
        b.addRow(RecordKind.CONTACT, contact.apply(i), i + 2);
      }
    }
    return b;
  }

  @Test
  void theFirstProblemsAreKeptAndTheOthersCounted() {
    for (boolean inPart : new boolean[] {false, true}) {
      ValidationResult all =
          wrong(Dataset.builder().problemLimit(Integer.MAX_VALUE), 3_000, inPart)
              .build()
              .validateWithoutPlugins(TODAY);
      assertThat(all.omitted()).isZero();
      long total = all.problems().size();
      assertThat(total).isGreaterThan(2_500);
      for (int limit : new int[] {1, 7, 500, 1_000, 2_000, (int) total, (int) total + 1}) {
        ValidationResult some =
            wrong(Dataset.builder().problemLimit(limit), 3_000, inPart)
                .build()
                .validateWithoutPlugins(TODAY);
        List<Problem> first = all.problems().subList(0, (int) Math.min(limit, total));
        assertThat(some.problems()).as("limit %d", limit).isEqualTo(first);
        assertThat(some.omitted()).isEqualTo(total - first.size());
        assertThat(some.found()).isEqualTo(total);
        assertThat(some.isValid()).isFalse();
      }
    }
  }

  @Test
  void theDefaultKeepsTenThousand() {
    ValidationResult r =
        wrong(Dataset.builder(), 40_000, true).build().validateWithoutPlugins(TODAY);
    assertThat(DatasetBuilder.DEFAULT_PROBLEM_LIMIT).isEqualTo(10_000);
    assertThat(r.problems()).hasSize(10_000);
    assertThat(r.omitted()).isPositive();
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> Dataset.builder().problemLimit(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void omittedProblemsMakeTheResultInvalid() {
    ValidationResult r = new ValidationResult(List.of(), 3);
    assertThat(r.isValid()).isFalse();
    assertThat(r.found()).isEqualTo(3);
    assertThatThrownBy(r::orThrow).isInstanceOf(InvalidDatasetException.class);
  }
}
