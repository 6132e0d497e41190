package be.terrain.beam.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Files through Beam's {@link FileSystems}: local paths as they are, and any other registered
 * scheme (HDFS, S3, GCS when their modules are on the class path) read, written, or copied to a
 * local temporary file or folder for Terrain's readers, which take a {@link Path}.
 */
public final class BeamFiles {
  private BeamFiles() {}

  /** Reads a whole file. */
  public static byte[] read(String spec) throws IOException {
    ResourceId id = FileSystems.matchSingleFileSpec(spec).resourceId();
    try (InputStream in = Channels.newInputStream(FileSystems.open(id))) {
      return in.readAllBytes();
    }
  }

  /** Writes a whole file, replacing it. */
  public static void write(String spec, byte[] bytes) throws IOException {
    ResourceId id = FileSystems.matchNewResource(spec, false);
    try (WritableByteChannel ch = FileSystems.create(id, MimeTypes.BINARY);
        OutputStream out = Channels.newOutputStream(ch)) {
      out.write(bytes);
    }
  }

  /** A file's spec in a folder's spec. */
  public static String inFolder(String folder, String name) {
    return FileSystems.matchNewResource(folder, true)
        .resolve(name, org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_FILE)
        .toString();
  }

  /** Whether a spec names a local file or folder (no scheme, or {@code file}). */
  public static boolean isLocal(String spec) {
    return "file".equals(FileSystems.matchNewResource(spec, spec.endsWith("/")).getScheme());
  }

  /**
   * A dataset as a local path: a local spec as it is; a remote file copied to a temporary file of
   * the same name; a remote folder's {@code *.csv} files copied to a temporary folder.
   */
  public static Staged stage(String spec) throws IOException {
    if (isLocal(spec)) {
      return new Staged(Path.of(spec), null);
    }
    Path temp = Files.createTempDirectory("terrain-beam-");
    Staged staged;
    MatchResult one = FileSystems.match(spec);
    if (one.status() == MatchResult.Status.OK && !spec.endsWith("/")) {
      List<MatchResult.Metadata> files = one.metadata();
      if (files.size() != 1) {
        throw new IOException("not one file: " + spec);
      }
      ResourceId id = files.get(0).resourceId();
      Path local = temp.resolve(id.getFilename());
      copy(id, local);
      staged = new Staged(local, temp);
    } else {
      String folder = spec.endsWith("/") ? spec : spec + "/";
      Path local = temp.resolve("dataset");
      Files.createDirectories(local);
      for (MatchResult.Metadata m : FileSystems.match(folder + "*.csv").metadata()) {
        copy(m.resourceId(), local.resolve(m.resourceId().getFilename()));
      }
      staged = new Staged(local, temp);
    }
    return staged;
  }

  private static void copy(ResourceId from, Path to) throws IOException {
    try (InputStream in = Channels.newInputStream(FileSystems.open(from))) {
      Files.copy(in, to);
    }
  }

  /**
   * A dataset's local path, and the temporary folder to delete once it is read (null when local).
   */
  public record Staged(Path path, Path temp) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (temp == null) {
        return;
      }
      try (var walk = Files.walk(temp)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
