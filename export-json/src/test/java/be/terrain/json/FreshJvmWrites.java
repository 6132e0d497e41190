package be.terrain.json;

import be.terrain.core.Dataset;
import be.terrain.testkit.ValidDatasets;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes a seeded sample of generated datasets as a JSON document and as JSON Lines, here or in a
 * fresh JVM ({@link #main}), so that a test can compare the bytes of two processes.
 */
final class FreshJvmWrites {
  private FreshJvmWrites() {}

  private static final long SEED = 20_260_101L;
  private static final int COUNT = 200;

  /** The datasets both processes write: the same seed gives the same datasets. */
  static List<Dataset> sample() {
    return ValidDatasets.sample(JsonGenerators.datasets(), COUNT, SEED);
  }

  /** The document and the JSON Lines of each dataset, in turn. */
  static List<byte[]> write(List<Dataset> datasets) {
    List<byte[]> out = new ArrayList<>();
    for (Dataset d : datasets) {
      out.add(JsonDatasetWriter.document().toBytes(d));
      out.add(JsonDatasetWriter.lines().toBytes(d));
    }
    return out;
  }

  /** What {@link #main} wrote in another JVM, on the same class path. */
  static List<byte[]> inAnotherJvm() throws IOException, InterruptedException {
    Path file = Files.createTempFile("terrain-fresh-jvm", ".bin");
    try {
      String classPath =
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      Process p =
          new ProcessBuilder(
                  Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  classPath,
                  FreshJvmWrites.class.getName(),
                  file.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("the other JVM did not finish");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException("the other JVM exited with " + p.exitValue());
      }
      List<byte[]> out = new ArrayList<>();
      try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          out.add(in.readNBytes(in.readInt()));
        }
      }
      return out;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Writes {@link #write} of {@link #sample} to the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    List<byte[]> all = write(sample());
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(Path.of(args[0])))) {
      out.writeInt(all.size());
      for (byte[] b : all) {
        out.writeInt(b.length);
        out.write(b);
      }
    }
  }
}
