package be.terrain.csv;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference dataset (the one that reproduces the published 2020 report) in both dialects. */
class CsvReferenceDatasetTest {
  @TempDir Path dir;

  @Test
  void theReferenceFolderReadsWithNoProblem() {
    ReadResult r = CsvFolders.read(ReferenceData.seed2020());
    assertThat(r.validation().problems()).isEmpty();
    assertThat(r.dataset()).isEqualTo(MiniCsv.reference());
    assertThat(r.dataset().contacts()).hasSize(3328);
    assertThat(r.dataset().distributions()).hasSize(7278);
  }

  @Test
  void writtenAsExcelFrItReadsBackEqual() throws IOException {
    Dataset reference = CsvFolders.reader().read(ReferenceData.seed2020()).orThrow();
    CsvDatasetWriter.of(CsvDialect.EXCEL_FR).write(reference, dir);
    ReadResult back = CsvFolders.read(dir);
    assertThat(back.validation().problems()).isEmpty();
    assertThat(back.dataset()).isEqualTo(reference);
  }

  @Test
  void writtenAsRfc4180ItReadsBackEqual() throws IOException {
    Dataset reference = CsvFolders.reader().read(ReferenceData.seed2020()).orThrow();
    CsvDatasetWriter.rfc4180().write(reference, dir);
    ReadResult back = CsvFolders.reader().read(dir);
    assertThat(back.validation().problems()).isEmpty();
    assertThat(back.dataset()).isEqualTo(reference);
  }
}
