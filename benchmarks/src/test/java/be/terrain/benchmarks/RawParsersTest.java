package be.terrain.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import be.terrain.core.RecordKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawParsersTest {
  @Test
  void theThreeBaselinesAgreeOnWhatTheyRead(@TempDir Path dir) throws IOException {
    SampleFolders.ensure(dir, Scale.DEMO, SampleGenerator.DEFAULT_SEED);
    List<Path> files = SampleFolders.csvFiles(dir);
    SampleGenerator generator = new SampleGenerator(Scale.DEMO, SampleGenerator.DEFAULT_SEED);
    long rows = 0;
    long cells = 0;
    for (RecordKind kind : RecordKind.values()) {
      long withHeader = generator.rowCount(kind) + 1;
      rows += withHeader;
      // linkage_code is an optional column, written only when some person has a code.
      boolean noLinkage = kind == RecordKind.PERSON && generator.linkageCodes().isEmpty();
      cells += withHeader * (kind.fields().size() - (noLinkage ? 1 : 0));
    }

    RawParsers.Counts fast = RawParsers.fastCsv(files);
    RawParsers.Counts jackson = RawParsers.jackson(files);
    RawParsers.Counts bytes = RawParsers.bytes(files);

    assertThat(fast.rows()).isEqualTo(rows);
    assertThat(fast.cells()).isEqualTo(cells);
    assertThat(jackson).isEqualTo(fast);
    assertThat(bytes.rows()).isEqualTo(rows);
    assertThat(bytes.chars()).isEqualTo(SampleFolders.csvBytes(dir));
    // Every byte is a cell's character, a separator or a line end (no quoting in the sample).
    assertThat(fast.chars() + (cells - rows) + rows).isEqualTo(bytes.chars());
  }
}
