package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RawCellsTest {
  @Test
  void findsEveryTextPutWhateverTheFieldOrderWithinARow() {
    RawCells cells = new RawCells();
    Map<Long, String> expected = new HashMap<>();
    Random random = new Random(17);
    for (int row = 0; row < 2_000; row++) {
      for (int f : new int[] {7, 2, 9, 0}) {
        if (random.nextInt(3) == 0) {
          String text = "x" + random.nextInt(50);
          cells.put(Table.key(row, f), text);
          expected.put(Table.key(row, f), text);
        }
      }
    }
    RawCells frozen = cells.freeze();
    for (int row = 0; row < 2_000; row++) {
      for (int f = 0; f < 10; f++) {
        assertThat(frozen.get(Table.key(row, f)))
            .as("row %d field %d", row, f)
            .isEqualTo(expected.get(Table.key(row, f)));
      }
    }
  }

  @Test
  void aCellPutAgainKeepsItsLastText() {
    RawCells cells = new RawCells();
    cells.put(Table.key(3, 1), "a");
    cells.put(Table.key(3, 1), "b");
    assertThat(cells.get(Table.key(3, 1))).isEqualTo("b");
    assertThat(cells.freeze().get(Table.key(3, 1))).isEqualTo("b");
  }

  @Test
  void equalTextsAreOneStringSoAWhollyWrongFileStaysSmall() {
    RawCells cells = new RawCells();
    for (int row = 0; row < 100; row++) {
      cells.put(Table.key(row, 3), new String("NOT_A_CHANNEL"));
    }
    RawCells frozen = cells.freeze();
    assertThat(frozen.get(Table.key(99, 3))).isSameAs(frozen.get(Table.key(0, 3)));
  }

  @Test
  void freezingLeavesTheBuilderEmpty() {
    RawCells cells = new RawCells();
    cells.put(Table.key(0, 0), "a");
    RawCells frozen = cells.freeze();
    assertThat(cells.get(Table.key(0, 0))).isNull();
    assertThat(frozen.get(Table.key(0, 0))).isEqualTo("a");
    assertThat(new RawCells().freeze().get(Table.key(0, 0))).isNull();
  }
}
