package be.terrain.testkit;

import static be.terrain.testkit.Clauses.broken;
import static be.terrain.testkit.Clauses.call;
import static be.terrain.testkit.Clauses.named;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Code;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Contact;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.ReadResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * The contract of a {@link DatasetFormat}: it reads back every valid dataset it wrote, equal and
 * without a problem; it writes the same dataset as the same bytes; it checks codes against the
 * registry it is handed; and it reports malformed input — a missing source, an empty one, garbage,
 * a truncated file — as problems, never by throwing. The round trip is {@link
 * DatasetFormatProperties}' property (a failing dataset is shrunk); the other clauses run on a
 * reproducible sample of valid datasets.
 *
 * <pre>{@code
 * class MyFormatTest extends DatasetFormatContract {
 *   protected DatasetFormat format() { return new MyFormat(); }
 * }
 * }</pre>
 */
@DisplayName("DatasetFormatContract")
public abstract class DatasetFormatContract {
  private static final String CONTRACT = "DatasetFormatContract";
  private static final String KIT_CHANNEL = "TERRAIN_TESTKIT_CHANNEL";

  /** {@return the format under test} */
  protected abstract DatasetFormat format();

  /** {@return the code lists the datasets are built and read with (default: the standard lists)} */
  protected CodeRegistry codes() {
    return CodeRegistry.standard();
  }

  /** {@return how many generated datasets the round trip tries (default 100)} */
  protected int datasets() {
    return 100;
  }

  /**
   * The datasets the round trip tries (default {@link ValidDatasets#valid(CodeRegistry)} over
   * {@link #codes()}): a format with awkward text of its own gives {@link
   * ValidDatasets#valid(CodeRegistry, Gen)}.
   *
   * @return the generator of the datasets written and read back
   */
  protected Gen<Dataset> validDatasets() {
    return ValidDatasets.valid(codes());
  }

  /**
   * What a format's own suite also checks on each round trip (default: nothing): the dataset
   * written, where it was written, and what was read back, equal to it.
   *
   * @param written the dataset the format wrote
   * @param target where it was written: the file, or the folder of a folder format
   * @param read what the format read back from there, equal to {@code written}
   * @throws IOException if the check cannot read what was written
   */
  protected void roundTripAlsoHolds(Dataset written, Path target, ReadResult read)
      throws IOException {}

  /** {@return the seed of the generated datasets and of the garbage} */
  protected long seed() {
    return 20_200_103L;
  }

  /**
   * Where a dataset goes in a folder: a file named by the format's extension, or the folder itself.
   */
  private Path target(Path dir, String name) {
    Optional<String> ext = format().fileExtension();
    return ext.isPresent() ? dir.resolve(name + ext.get()) : dir.resolve(name);
  }

  private void write(String clause, Dataset d, Path target) {
    call(
        CONTRACT,
        clause,
        "write(" + target.getFileName() + ")",
        () -> {
          format().write(d, target);
          return null;
        });
  }

  private ReadResult read(String clause, Path source, CodeRegistry registry) {
    ReadResult r =
        call(
            CONTRACT,
            clause,
            "read(" + source.getFileName() + ")",
            () -> format().read(source, new ReadOptions(registry, ValidDatasets.TODAY)));
    if (r == null) {
      throw broken(CONTRACT, clause, "read(" + source.getFileName() + ") returned null");
    }
    return r;
  }

  /** The files of a target (itself when a file), by path relative to it, with their bytes. */
  private static Map<String, byte[]> files(Path target) {
    Map<String, byte[]> out = new TreeMap<>();
    try {
      if (Files.isRegularFile(target)) {
        out.put("", Files.readAllBytes(target));
        return out;
      }
      try (Stream<Path> all = Files.walk(target)) {
        for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
          out.put(target.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Round trips. */
  @Nested
  @DisplayName("round-trips")
  class RoundTrips implements DatasetFormatProperties {
    @Override
    public DatasetFormat format() {
      return DatasetFormatContract.this.format();
    }

    @Override
    public CodeRegistry codes() {
      return DatasetFormatContract.this.codes();
    }

    @Override
    public Gen<Dataset> terrainValidDatasets() {
      return DatasetFormatContract.this.validDatasets();
    }

    @Override
    public int roundTripExamples() {
      return datasets();
    }

    @Override
    public void roundTripAlsoHolds(Dataset written, Path target, ReadResult read)
        throws IOException {
      DatasetFormatContract.this.roundTripAlsoHolds(written, target, read);
    }

    @Test
    @DisplayName("writes the same dataset as the same bytes")
    void deterministic(@TempDir Path dir) {
      String clause = "writes the same dataset as the same bytes";
      int i = 0;
      for (Dataset d : ValidDatasets.sample(codes(), Math.min(10, datasets()), seed())) {
        Path a = target(dir, "a-" + i);
        Path b = target(dir, "b-" + i++);
        write(clause, d, a);
        write(clause, d, b);
        Map<String, byte[]> first = files(a);
        Map<String, byte[]> second = files(b);
        assertThat(second.keySet())
            .as(named(CONTRACT, clause) + ": files")
            .isEqualTo(first.keySet());
        first.forEach(
            (name, bytes) ->
                assertThat(second.get(name))
                    .as(named(CONTRACT, clause) + ": " + name)
                    .isEqualTo(bytes));
      }
    }

    @Test
    @DisplayName("checks codes against the registry it is handed, not the standard lists alone")
    void usesTheRegistryItIsHanded(@TempDir Path dir) {
      String clause =
          "checks codes against the registry it is handed, not the standard lists alone";
      CodeRegistry extended =
          codes().toBuilder()
              .addCodes(
                  "contact_channel",
                  List.of(Code.of("contact_channel", KIT_CHANNEL, "Kit", "Kit", "Kit")))
              .build();
      Dataset base = ValidDatasets.sample(codes(), 1, seed()).get(0);
      DatasetBuilder b = Dataset.builder(extended);
      b.organisation(base.organisation());
      base.antennas().forEach(b::add);
      b.add(
          Contact.anonymous(
              "kit-contact",
              ValidDatasets.FIRST_ACTIVITY,
              base.antennas().get(0).id(),
              KIT_CHANNEL,
              3));
      Dataset d = b.build();
      assertThat(d.validateWithoutPlugins(ValidDatasets.TODAY).problems())
          .as("the kit's own dataset is valid")
          .isEmpty();
      Path target = target(dir, "extended");
      write(clause, d, target);
      ReadResult with = read(clause, target, extended);
      assertThat(with.validation().problems())
          .as(named(CONTRACT, clause) + ": read with the extended registry")
          .isEmpty();
      assertThat(with.dataset())
          .as(named(CONTRACT, clause) + ": read with the extended registry")
          .isEqualTo(d);
      ReadResult without = read(clause, target, codes());
      assertThat(without.validation().problems())
          .extracting(Problem::code)
          .as(named(CONTRACT, clause) + ": read without the code, the format reports it unknown")
          .contains(ProblemCodes.UNKNOWN_CODE);
    }
  }

  /** Malformed input. */
  @Nested
  @DisplayName("reports malformed input as problems, never by throwing")
  class Malformed {
    @Test
    @DisplayName("a source that does not exist is a problem")
    void missing(@TempDir Path dir) {
      String clause = "a source that does not exist is a problem";
      ReadResult r = read(clause, target(dir, "missing"), codes());
      assertThat(r.isValid()).as(named(CONTRACT, clause)).isFalse();
    }

    @Test
    @DisplayName("an empty file or folder is a problem")
    void empty(@TempDir Path dir) throws IOException {
      String clause = "an empty file or folder is a problem";
      Path target = target(dir, "empty");
      if (format().fileExtension().isPresent()) {
        Files.write(target, new byte[0]);
      } else {
        Files.createDirectories(target);
      }
      assertThat(read(clause, target, codes()).isValid()).as(named(CONTRACT, clause)).isFalse();
    }

    @Test
    @DisplayName("garbage in place of any file is a problem")
    void garbage(@TempDir Path dir) throws IOException {
      String clause = "garbage in place of any file is a problem";
      Random random = new Random(seed());
      Dataset d = ValidDatasets.sample(codes(), 1, seed()).get(0);
      List<byte[]> garbage =
          List.of(
              bytes(random, 200),
              "{\"format\": \"terrain/1\", \"antennas\": [ {".getBytes(StandardCharsets.UTF_8),
              "id,name\n\"unterminated,x\n".getBytes(StandardCharsets.UTF_8),
              new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0x28, 0x0A});
      int i = 0;
      Path target = target(dir, "garbled");
      write(clause, d, target);
      for (String file : files(target).keySet()) {
        for (byte[] g : garbage) {
          Path copy = target(dir, "garbled-" + i++);
          write(clause, d, copy);
          Files.write(file.isEmpty() ? copy : copy.resolve(file), g);
          ReadResult r = read(clause, copy, codes());
          assertThat(r.isValid())
              .as(
                  named(CONTRACT, clause)
                      + ": "
                      + (file.isEmpty() ? "the file" : file)
                      + " replaced by "
                      + g.length
                      + " bytes of garbage")
              .isFalse();
        }
      }
    }

    @Test
    @DisplayName("a file cut anywhere is read without an exception")
    void truncated(@TempDir Path dir) throws IOException {
      String clause = "a file cut anywhere is read without an exception";
      Dataset d = ValidDatasets.sample(codes(), 3, seed()).get(2);
      Path target = target(dir, "cut");
      write(clause, d, target);
      int i = 0;
      for (Map.Entry<String, byte[]> f : files(target).entrySet()) {
        byte[] bytes = f.getValue();
        List<Integer> cuts =
            new ArrayList<>(List.of(1, bytes.length / 3, bytes.length / 2, bytes.length - 1));
        for (int cut : cuts) {
          if (cut <= 0 || cut >= bytes.length) {
            continue;
          }
          Path copy = target(dir, "cut-" + i++);
          write(clause, d, copy);
          Files.write(
              f.getKey().isEmpty() ? copy : copy.resolve(f.getKey()),
              java.util.Arrays.copyOf(bytes, cut));
          assertThat(read(clause, copy, codes()).dataset()).as(named(CONTRACT, clause)).isNotNull();
        }
      }
    }

    private byte[] bytes(Random random, int n) {
      byte[] b = new byte[n];
      random.nextBytes(b);
      return b;
    }
  }
}
