package be.terrain.core;

import static be.terrain.core.RecordKind.ANTENNA;
import static be.terrain.core.RecordKind.CONTACT;
import static be.terrain.core.RecordKind.ORGANISATION;
import static be.terrain.core.RecordKind.PERSON;
import static be.terrain.core.RecordKind.PROFILE;
import static be.terrain.core.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Two dataset rules at places PIT's run of 2026-12-07 found unpinned (docs/testing.md, "The whole
 * run"): the first person of the file (pool index 0) and a profile group opened after another.
 */
class DatasetRulesFirstRowsTest {
  private static List<Tuple> problems(DatasetBuilder b) {
    return Rows.problems(b).stream()
        .map(p -> tuple(p.code().code(), p.recordKind().orElse(null), p.field().orElse(null)))
        .toList();
  }

  @Test
  void theFirstPersonsActivityBeforeTheirBirthYearIsReported() {
    DatasetBuilder b =
        Dataset.builder()
            .addRow(ORGANISATION, row(ORGANISATION), 2)
            .addRow(ANTENNA, row(ANTENNA, "id", "a1", "province", "BE-WHT", "kind", "SERVICE"), 2)
            .addRow(PERSON, row(PERSON, "id", "p1", "birth_year", "2020"), 2)
            .addRow(CONTACT, row(CONTACT, "date", "2019-12-31"), 2);
    assertThat(problems(b)).containsExactly(tuple("TER-0306", CONTACT, "date"));
  }

  @Test
  void aProfileConflictIsFoundAcrossARowOfAnotherDate() {
    DatasetBuilder b =
        Rows.base()
            .addRow(PROFILE, row(PROFILE, "housing", "ADEQUATE"), 3)
            .addRow(PROFILE, row(PROFILE, "date", "2020-01-02"), 4)
            .addRow(PROFILE, row(PROFILE, "housing", "INADEQUATE"), 5);
    assertThat(problems(b)).containsExactly(tuple("TER-0309", PROFILE, "housing"));
  }
}
