package be.terrain.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13: the rows of a file, estimated to size the id indexes (a hint, never a result). */
class RowEstimateTest {
  @TempDir Path dir;

  @Test
  void aSmallFileIsCountedExactly() throws IOException {
    Path file = dir.resolve("persons.csv");
    Files.writeString(file, "id,sex\np-1,F\np-2,M\n");
    assertThat(RowEstimate.of(file)).isEqualTo(3);
  }

  @Test
  void aLargeFileIsEstimatedFromItsFirstLines() throws IOException {
    Path file = dir.resolve("contacts.csv");
    StringBuilder text = new StringBuilder("id,date\n");
    for (int i = 0; i < 200_000; i++) {
      text.append(String.format("c-%06d,2020-01-01", i)).append('\n');
    }
    Files.writeString(file, text);
    assertThat(RowEstimate.of(file)).isBetween(190_000L, 215_000L);
  }

  @Test
  void aMissingFileGivesNoHint() {
    assertThat(RowEstimate.of(dir.resolve("none.csv"))).isZero();
  }
}
