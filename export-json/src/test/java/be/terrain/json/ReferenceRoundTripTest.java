package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceRoundTripTest {
  private static Dataset reference;

  @BeforeAll
  static void load() {
    reference = MiniCsv.reference();
    assertThat(reference.validateWithoutPlugins(ReferenceData.READ_ON).problems()).isEmpty();
  }

  private static JsonDatasetReader reader() {
    return JsonDatasetReader.builder().today(ReferenceData.READ_ON).build();
  }

  @Test
  void theReferenceDatasetSurvivesAJsonDocument(@TempDir Path dir) {
    Path file = dir.resolve("seed-2020.json");
    JsonDatasetWriter.document().write(reference, file);

    ReadResult read = reader().read(file);

    assertThat(read.validation().problems()).isEmpty();
    assertThat(read.dataset()).isEqualTo(reference);
    assertThat(read.dataset().size(be.terrain.core.RecordKind.CONTACT)).isEqualTo(3328);
  }

  @Test
  void theReferenceDatasetSurvivesJsonLines(@TempDir Path dir) {
    Path file = dir.resolve("seed-2020.jsonl");
    JsonDatasetWriter.forFile(file.toString()).write(reference, file);

    ReadResult read = reader().read(file);

    assertThat(read.validation().problems()).isEmpty();
    assertThat(read.dataset()).isEqualTo(reference);
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    for (JsonDatasetWriter writer :
        new JsonDatasetWriter[] {JsonDatasetWriter.document(), JsonDatasetWriter.lines()}) {
      byte[] first = writer.toBytes(reference);
      ReadResult read = reader().read(new ByteArrayInputStream(first), "x", writer.isLines());
      assertThat(read.validation().problems()).isEmpty();
      assertThat(writer.toBytes(read.dataset())).isEqualTo(first);
    }
  }

  @Test
  void aJsonDocumentOfTheReferenceBeginsAsTheSpecShowsIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed-2020.json");
    JsonDatasetWriter.document().write(reference, file);
    String text = Files.readString(file);
    assertThat(text)
        .startsWith(
            "{\n"
                + "  \"format\": \"terrain/1\",\n"
                + "  \"organisation\": {\"id\": \"e2w\", \"name\": \"Entre 2 Wallonie\"},\n"
                + "  \"antennas\": [\n"
                + "    {\"id\": \"charleroi\", \"name\": \"Service Charleroi\", \"province\": \"BE-WHT\", \"kind\": \"SERVICE\"},\n")
        .endsWith("\n  ]\n}\n");
  }
}
