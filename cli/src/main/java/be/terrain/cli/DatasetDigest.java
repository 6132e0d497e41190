package be.terrain.cli;

import be.terrain.federation.Provenance;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A dataset's {@link Provenance#sha256(Path)}, computed on a daemon thread of its own from the
 * moment it is started, so that hashing the files overlaps with reading them (the readers leave a
 * core idle while {@code persons.csv} is read). {@link #join} gives the digest, or throws what
 * {@code sha256} threw.
 */
final class DatasetDigest {
  private final CompletableFuture<String> digest = new CompletableFuture<>();

  private DatasetDigest() {}

  /** {@return a digest of the dataset at {@code path}, started now on its own thread} */
  static DatasetDigest start(Path path) {
    DatasetDigest d = new DatasetDigest();
    Thread t =
        new Thread(
            () -> {
              try {
                d.digest.complete(Provenance.sha256(path));
              } catch (RuntimeException e) {
                d.digest.completeExceptionally(e);
              }
            },
            "terrain-dataset-sha256");
    t.setDaemon(true);
    t.start();
    return d;
  }

  /**
   * {@return the 64 hex digits of the dataset's SHA-256, waiting for them if need be}
   *
   * @throws UncheckedIOException when a file could not be read, as {@link Provenance#sha256} does
   */
  String join() {
    try {
      return digest.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
