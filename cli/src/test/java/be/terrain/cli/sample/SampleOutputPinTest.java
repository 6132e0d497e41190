package be.terrain.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the generator's output byte for byte: the SHA-256 of the CSV folder (every file, by name,
 * {@code rules.json} included) and of the Tickets S ledger, for the demo and a small scale. The
 * expected digests were computed before the generator was split into several classes; a change of
 * output must come with a new {@link SampleGenerator#VERSION} and new digests here.
 */
class SampleOutputPinTest {
  private static final Scale SMALL = Scale.of("small", 300, 2_000, 400, 400, 1_000);

  @Test
  void theDemoFolderIsPinned(@TempDir Path dir) throws Exception {
    assertThat(folderDigest(dir, Scale.DEMO, SampleGenerator.DEFAULT_SEED))
        .isEqualTo("488711 089723c77ae76315aee31ca7cab6d5619246e1bd52b8a2a46324c7185b871e67");
  }

  @Test
  void theDemoFolderOfAnotherSeedIsPinned(@TempDir Path dir) throws Exception {
    assertThat(folderDigest(dir, Scale.DEMO, 123_456_789L))
        .isEqualTo("490351 7a206ae7b3a2e1494c27d3d6c74610fde38607387dcacc029d717fc5dc1cf15a");
  }

  @Test
  void aSmallScaleFolderIsPinned(@TempDir Path dir) throws Exception {
    assertThat(folderDigest(dir, SMALL, 7))
        .isEqualTo("206830 1f727aa1f134b5581ce625a8a5db25baf0c6944983e9141c5fc62613537b4fa4");
  }

  @Test
  void theLedgersArePinned() throws Exception {
    assertThat(
            sha256(
                new SampleGenerator(Scale.DEMO, SampleGenerator.DEFAULT_SEED).tickets().toString()
                    + "\n"
                    + new SampleGenerator(SMALL, 7).tickets()))
        .isEqualTo("235c86d9e85609c6a074e07a4b70c865a7c35e7cfa3d28936ab070f0ef27cb0a");
  }

  private static String folderDigest(Path dir, Scale scale, long seed)
      throws IOException, NoSuchAlgorithmException {
    long bytes = SampleGenerator.writeCsvFolder(dir, scale, seed);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    for (Path f : files) {
      sha.update((f.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(Files.readAllBytes(f));
    }
    return bytes + " " + HexFormat.of().formatHex(sha.digest());
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
