package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * A cell a reader could not read, or an invalid value, is one problem: no dataset rule repeats it.
 */
class UnreadableCellsTest {
  private static DatasetBuilder base() {
    return Dataset.builder()
        .organisation(new Organisation("e2w", "E2W"))
        .add(new Antenna("charleroi", "Charleroi", "BE-WHT", "SERVICE"))
        .add(Person.of("p-1", "SEX_WORKER"));
  }

  private static String[] row(String date, String antenna) {
    return new String[] {"d-1", date, antenna, "p-1", "LUBRICANT", "5", null};
  }

  @Test
  void anActRowWithAnUnreadableCellDoesNotDisagree() {
    DatasetBuilder b = base();
    b.addRow(
        RecordKind.DISTRIBUTION,
        new String[] {"d-1", "2020-01-02", "charleroi", "p-1", "CONDOM", "5", null},
        2);
    b.addRow(
        RecordKind.DISTRIBUTION,
        row(DatasetBuilder.UNREADABLE_CELL, DatasetBuilder.UNREADABLE_CELL),
        3);
    assertThat(b.build().validateWithoutPlugins(ReferenceData.READ_ON).problems()).isEmpty();
  }

  @Test
  void anActRowWithAnInvalidDateIsOneProblem() {
    DatasetBuilder b = base();
    b.addRow(
        RecordKind.DISTRIBUTION,
        new String[] {"d-1", "2020-01-02", "charleroi", "p-1", "CONDOM", "5", null},
        2);
    b.addRow(RecordKind.DISTRIBUTION, row("2020-02-30", "charleroi"), 3);
    assertThat(b.build().validateWithoutPlugins(ReferenceData.READ_ON).problems())
        .extracting(p -> p.code().code())
        .containsExactly("TER-0104");
  }

  @Test
  void anActRowThatReallyDisagreesIsStillReported() {
    DatasetBuilder b = base();
    b.addRow(
        RecordKind.DISTRIBUTION,
        new String[] {"d-1", "2020-01-02", "charleroi", "p-1", "CONDOM", "5", null},
        2);
    b.addRow(RecordKind.DISTRIBUTION, row("2020-01-03", "charleroi"), 3);
    assertThat(b.build().validateWithoutPlugins(ReferenceData.READ_ON).problems())
        .extracting(p -> p.code().code() + " " + p.field().orElse(""))
        .containsExactly("TER-0304 date");
  }
}
