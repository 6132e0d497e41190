package be.terrain.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.cli.sample.Scale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFoldersTest {
  private static final FileTime LONG_AGO = FileTime.fromMillis(0);

  @Test
  void aFolderIsWrittenOnceAndReusedForTheSameScaleAndSeed(@TempDir Path root) throws IOException {
    Path dir = root.resolve("DEMO");
    assertThat(SampleFolders.matches(dir, Scale.DEMO, 1)).isFalse();

    SampleFolders.ensure(dir, Scale.DEMO, 1);
    assertThat(SampleFolders.matches(dir, Scale.DEMO, 1)).isTrue();
    assertThat(Files.readString(dir.resolve(SampleFolders.MARKER)))
        .contains("seed=1", "generator=1", "bytes=" + SampleFolders.csvBytes(dir));
    Files.setLastModifiedTime(dir.resolve("contacts.csv"), LONG_AGO);

    SampleFolders.ensure(dir, Scale.DEMO, 1);
    assertThat(Files.getLastModifiedTime(dir.resolve("contacts.csv"))).isEqualTo(LONG_AGO);

    SampleFolders.ensure(dir, Scale.DEMO, 2);
    assertThat(Files.getLastModifiedTime(dir.resolve("contacts.csv"))).isNotEqualTo(LONG_AGO);
    assertThat(SampleFolders.matches(dir, Scale.DEMO, 1)).isFalse();
    assertThat(SampleFolders.matches(dir, Scale.DEMO, 2)).isTrue();
  }

  @Test
  void anInterruptedGenerationIsRedone(@TempDir Path dir) throws IOException {
    SampleFolders.ensure(dir, Scale.DEMO, 1);
    Files.delete(dir.resolve("health.csv"));

    assertThat(SampleFolders.matches(dir, Scale.DEMO, 1)).isFalse();
    SampleFolders.ensure(dir, Scale.DEMO, 1);
    assertThat(dir.resolve("health.csv")).exists();
  }

  @Test
  void aFolderWithOtherFilesIsNeverOverwritten(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> SampleFolders.ensure(dir, Scale.DEMO, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("notes.txt");
    assertThat(dir.resolve("contacts.csv")).doesNotExist();
  }
}
