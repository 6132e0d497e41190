package be.terrain.benchmarks;

import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import be.terrain.core.Dataset;
import be.terrain.core.RecordKind;
import be.terrain.json.JsonDatasetWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The sample CSV folders benchmarks read, generated once and reused: a folder holds a marker file
 * naming the scale, seed and generator version it was written with, written last, so that a folder
 * is regenerated when any of them changes or when a previous generation was interrupted.
 */
public final class SampleFolders {
  /** The system property naming the folder under which each scale gets a folder of its name. */
  public static final String DATA_PROPERTY = "terrain.data";

  /** The system property giving the seed (default {@link SampleGenerator#DEFAULT_SEED}). */
  public static final String SEED_PROPERTY = "terrain.seed";

  /** The default root folder. */
  public static final Path DEFAULT_ROOT =
      Path.of(System.getProperty("java.io.tmpdir"), "terrain-data");

  /** The marker file (not a {@code .csv}: readers of the folder ignore it). */
  public static final String MARKER = ".terrain-sample";

  /** The JSON Lines file of the folder's dataset, written on demand by {@link #ensureJsonLines}. */
  public static final String JSON_LINES = "terrain.jsonl";

  /** The marker of the JSON Lines file, written after it. */
  public static final String JSON_LINES_MARKER = ".terrain-jsonl";

  private SampleFolders() {}

  /** The root folder: {@code -Dterrain.data}, else {@code $TMPDIR/terrain-data}. */
  public static Path root() {
    String p = System.getProperty(DATA_PROPERTY);
    return p == null || p.isBlank() ? DEFAULT_ROOT : Path.of(p);
  }

  /** The seed: {@code -Dterrain.seed}, else the generator's default. */
  public static long seed() {
    String s = System.getProperty(SEED_PROPERTY);
    return s == null || s.isBlank() ? SampleGenerator.DEFAULT_SEED : Long.parseLong(s.trim());
  }

  /** The folder of a scale under {@link #root()}, generated if missing or stale. */
  public static Path ensure(String scaleName) throws IOException {
    Scale scale = Scale.named(scaleName);
    return ensure(root().resolve(scale.name()), scale, seed());
  }

  /**
   * Makes sure the folder holds the CSV files of the scale and seed from this generator version,
   * writing them when it does not.
   *
   * @return the folder
   * @throws IOException if writing fails
   * @throws IllegalStateException if the folder holds files that are not a sample's: nothing is
   *     overwritten then
   */
  public static Path ensure(Path dir, Scale scale, long seed) throws IOException {
    return ensure(dir, marker(scale, seed), () -> SampleGenerator.writeCsvFolder(dir, scale, seed));
  }

  /**
   * The folder of a scale's sample with linkage codes (issue #14's contribution benchmarks), under
   * {@link #root()} as the scale's name followed by {@code L} ({@code S2L}), generated if missing
   * or stale: the same sample as {@link #ensure(String)}'s, with {@link
   * FederationBenchmark#linkedSample}'s codes, every person linked.
   */
  public static Path ensureLinked(String scaleName) throws IOException {
    Scale scale = Scale.named(scaleName);
    long seed = seed();
    Path dir = root().resolve(scale.name() + "L");
    Properties wanted = marker(scale, seed);
    wanted.setProperty("linkage", FederationBenchmark.LINKAGE_SEED + "/2");
    return ensure(
        dir,
        wanted,
        () ->
            new SampleGenerator(scale, seed)
                .withLinkageCodes(FederationBenchmark.linkageCodes(scale))
                .writeCsvFolder(dir));
  }

  /** Writes a sample folder and returns its bytes. */
  private interface FolderWriter {
    long write() throws IOException;
  }

  private static Path ensure(Path dir, Properties wanted, FolderWriter writer) throws IOException {
    if (matches(dir, wanted)) {
      return dir;
    }
    if (Files.isDirectory(dir)) {
      Set<String> foreign = foreignFiles(dir);
      if (!foreign.isEmpty()) {
        throw new IllegalStateException(
            "refusing to write a sample into " + dir + ": it holds other files " + foreign);
      }
      Files.deleteIfExists(dir.resolve(MARKER));
      Files.deleteIfExists(dir.resolve(JSON_LINES_MARKER));
    }
    long bytes = writer.write();
    wanted.setProperty("bytes", Long.toString(bytes));
    try (Writer w = Files.newBufferedWriter(dir.resolve(MARKER), StandardCharsets.UTF_8)) {
      wanted.store(w, "Terrain sample folder; delete this file to regenerate");
    }
    return dir;
  }

  /** The JSON Lines file of a scale under {@link #root()}, written if missing or stale. */
  public static Path ensureJsonLines(String scaleName) throws IOException {
    Scale scale = Scale.named(scaleName);
    return ensureJsonLines(root().resolve(scale.name()), scale, seed());
  }

  /**
   * Makes sure the folder holds the sample's CSV files and {@link #JSON_LINES}, the same dataset
   * written by {@link JsonDatasetWriter#lines()}, writing what is missing or stale. The dataset is
   * built in memory for that (S2 needs a few GB of heap), once.
   *
   * @return the JSON Lines file
   */
  public static Path ensureJsonLines(Path dir, Scale scale, long seed) throws IOException {
    ensure(dir, scale, seed);
    Path file = dir.resolve(JSON_LINES);
    Properties wanted = marker(scale, seed);
    Path marker = dir.resolve(JSON_LINES_MARKER);
    if (Files.isRegularFile(file) && sameMarker(marker, wanted)) {
      return file;
    }
    Files.deleteIfExists(marker);
    Dataset dataset = SampleGenerator.dataset(scale, seed);
    Path partial = dir.resolve(JSON_LINES + ".part");
    JsonDatasetWriter.lines().write(dataset, partial);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    wanted.setProperty("bytes", Long.toString(Files.size(file)));
    try (Writer w = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
      wanted.store(w, "Terrain sample JSON Lines; delete this file to rewrite it");
    }
    return file;
  }

  /** Whether the folder holds a complete sample of the scale and seed from this generator. */
  public static boolean matches(Path dir, Scale scale, long seed) throws IOException {
    return matches(dir, marker(scale, seed));
  }

  private static boolean matches(Path dir, Properties wanted) throws IOException {
    if (!sameMarker(dir.resolve(MARKER), wanted)) {
      return false;
    }
    for (Path f : csvFiles(dir)) {
      if (!Files.isRegularFile(f)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameMarker(Path marker, Properties wanted) throws IOException {
    if (!Files.isRegularFile(marker)) {
      return false;
    }
    Properties found = new Properties();
    try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
      found.load(r);
    }
    for (String key : wanted.stringPropertyNames()) {
      if (!wanted.getProperty(key).equals(found.getProperty(key))) {
        return false;
      }
    }
    return true;
  }

  private static Properties marker(Scale scale, long seed) {
    Properties p = new Properties();
    p.setProperty("generator", Integer.toString(SampleGenerator.VERSION));
    p.setProperty("scale", scale.toString());
    p.setProperty("seed", Long.toString(seed));
    return p;
  }

  private static Set<String> foreignFiles(Path dir) throws IOException {
    Set<String> ours = new TreeSet<>(List.of(MARKER, "rules.json", JSON_LINES, JSON_LINES_MARKER));
    for (RecordKind kind : RecordKind.values()) {
      ours.add(kind.collection() + ".csv");
    }
    Set<String> foreign = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> !ours.contains(n))
          .forEach(foreign::add);
    }
    return foreign;
  }

  /** The folder's CSV files, one per record kind, in {@link RecordKind} order. */
  public static List<Path> csvFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      files.add(dir.resolve(kind.collection() + ".csv"));
    }
    return files;
  }

  /** The total size of the folder's CSV files. */
  public static long csvBytes(Path dir) throws IOException {
    long bytes = 0;
    for (Path f : csvFiles(dir)) {
      bytes += Files.size(f);
    }
    return bytes;
  }
}
