package be.terrain.core;

import static be.terrain.core.RecordKind.HEALTH;
import static be.terrain.core.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A row given with fewer cells than its kind has fields (the table builder reads the missing ones
 * as empty): the health kind's checks read it as the same row with those cells empty. PIT's run of
 * 2026-12-07 found this unpinned (docs/testing.md, "The whole run").
 */
class DatasetRulesShortRowsTest {
  @Test
  void aHealthRowWithoutItsLastCellsIsTheRowWithThemEmpty() {
    String[] full = row(HEALTH, "kind", "NURSING_CARE", "act", "RAPID_TEST", "pathogens", "HIV");
    int reason = HEALTH.fieldIndex("reason");
    assertThat(full[reason]).isNull();
    String[] shorter = Arrays.copyOf(full, reason);
    assertThat(Rows.problems(Rows.base().addRow(HEALTH, shorter, 3)))
        .isEqualTo(Rows.problems(Rows.base().addRow(HEALTH, full, 3)));
  }
}
