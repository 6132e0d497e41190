package be.terrain.csv.internal;

import be.terrain.core.DatasetBuilder;
import be.terrain.core.DatasetPart;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import be.terrain.csv.CsvDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV folder into a {@link DatasetBuilder}: checks which files are there, then reads each
 * file of the format in turn, streaming ({@link PlainRecords} first, FastCSV from the first record
 * that is not plain, {@link ByteTokenizer} from the first record FastCSV cannot read). Every
 * problem goes to the builder; nothing here throws on bad data or I/O errors (those are problems
 * TER-0215).
 */
public final class FolderReader {
  private static final Logger LOG = LoggerFactory.getLogger(FolderReader.class);

  /**
   * Below this many bytes in all, the files that refer to persons are read one after the other on
   * the calling thread: starting and stopping a pool of threads took longer than reading them.
   */
  static final long PARALLEL_MIN_BYTES = 256 * 1024;

  /** How long the reading waits for the other threads to stop after one failed with an error. */
  private static final long STOP_MILLIS = 2_000;

  private final DatasetBuilder builder;
  private final Optional<CsvDialect> forced;
  private final boolean tokenizerOnly;
  private final Map<RecordKind, FileRows> files = new EnumMap<>(RecordKind.class);
  private final Map<RecordKind, CsvDialect> dialects =
      Collections.synchronizedMap(new EnumMap<>(RecordKind.class));
  private boolean organisationMissing;

  /** Set when a file's reading failed with an error: the other files' threads stop reading. */
  private volatile boolean stop;

  private final Consumer<RecordKind> beforeFile;
  private final long parallelMinBytes;

  /**
   * A reader into a builder.
   *
   * @param builder receives rows and problems
   * @param forced the dialect of every file, or empty to detect it per file
   * @param tokenizerOnly read with the recovering tokenizer only (for tests comparing the paths)
   */
  public FolderReader(DatasetBuilder builder, Optional<CsvDialect> forced, boolean tokenizerOnly) {
    this(builder, forced, tokenizerOnly, kind -> {}, PARALLEL_MIN_BYTES);
  }

  /**
   * A reader with a hook run before each file, on the thread reading it, and its own threshold for
   * reading in parallel (a test seam: 0 reads the files that refer to persons in parallel however
   * small).
   */
  FolderReader(
      DatasetBuilder builder,
      Optional<CsvDialect> forced,
      boolean tokenizerOnly,
      Consumer<RecordKind> beforeFile,
      long parallelMinBytes) {
    this.builder = builder;
    this.forced = forced;
    this.tokenizerOnly = tokenizerOnly;
    this.beforeFile = beforeFile;
    this.parallelMinBytes = parallelMinBytes;
  }

  /** Reads the folder. */
  public void read(Path folder) {
    builder.locator(this::locate);
    Set<String> present = new HashSet<>();
    Map<String, String> unreadable = new HashMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (CsvFiles.isFileName(name)) {
          Unreadable.entry(p)
              .ifPresentOrElse(why -> unreadable.put(name, why), () -> present.add(name));
        } else if (Files.isRegularFile(p)) {
          present.add(name);
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      Path name = folder.getFileName();
      builder.report(
          Problem.of(ProblemCodes.UNREADABLE)
              .at(Location.ofFile(name == null ? folder.toString() : name.toString()))
              .args(Unreadable.reason(e))
              .build());
      organisationMissing = true;
      return;
    }
    Set<String> known = new HashSet<>();
    for (RecordKind kind : RecordKind.values()) {
      String file = CsvFiles.fileName(kind);
      known.add(file);
      if (unreadable.containsKey(file)) {
        builder.report(
            Problem.of(ProblemCodes.UNREADABLE)
                .at(Location.ofFile(file))
                .record(kind, null)
                .args(unreadable.get(file))
                .build());
        organisationMissing |= kind == RecordKind.ORGANISATION;
      } else if (CsvFiles.isRequired(kind) && !present.contains(file)) {
        builder.report(
            Problem.of(ProblemCodes.MISSING_FILE)
                .at(Location.ofFile(file))
                .record(kind, null)
                .build());
        organisationMissing |= kind == RecordKind.ORGANISATION;
      }
    }
    List<String> unknown = new ArrayList<>();
    for (String name : present) {
      if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && !known.contains(name)) {
        unknown.add(name);
      }
    }
    Collections.sort(unknown);
    for (String name : unknown) {
      builder.report(Problem.of(ProblemCodes.UNKNOWN_FILE).at(Location.ofFile(name)).build());
    }
    // The organisation, antennas and persons first, into the builder; then the files that refer
    // to them, each into a part of the builder, in parallel: the dataset and its problems are the
    // same as if they were read one after the other.
    List<RecordKind> later = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      if (!present.contains(CsvFiles.fileName(kind))) {
        continue;
      }
      FileRows rows = new FileRows(CsvFiles.fileName(kind), kind);
      files.put(kind, rows);
      if (kind == RecordKind.ORGANISATION
          || kind == RecordKind.ANTENNA
          || kind == RecordKind.PERSON) {
        rows.target(RowTarget.of(builder));
        Path path = folder.resolve(CsvFiles.fileName(kind));
        builder.expectRows(kind, RowEstimate.of(path));
        readFile(kind, path, rows);
      } else {
        later.add(kind);
      }
    }
    readInParts(folder, later);
  }

  private void readInParts(Path folder, List<RecordKind> kinds) {
    if (kinds.isEmpty()) {
      return;
    }
    Map<RecordKind, DatasetPart> parts = new EnumMap<>(RecordKind.class);
    ExecutorService pool = null;
    try {
      List<RecordKind> bySize = new ArrayList<>();
      Map<RecordKind, Long> sizes = new EnumMap<>(RecordKind.class);
      for (RecordKind kind : kinds) {
        builder.expectRows(kind, RowEstimate.of(folder.resolve(CsvFiles.fileName(kind))));
        DatasetPart part = builder.part(kind);
        parts.put(kind, part);
        files.get(kind).target(RowTarget.of(part));
        sizes.put(kind, size(folder.resolve(CsvFiles.fileName(kind))));
        bySize.add(kind);
      }
      // the largest files first, so that the threads finish at about the same time
      bySize.sort((a, b) -> Long.compare(sizes.get(b), sizes.get(a)));
      int threads = Math.min(kinds.size(), Runtime.getRuntime().availableProcessors());
      long bytes = sizes.values().stream().mapToLong(Long::longValue).sum();
      if (threads <= 1 || bytes < parallelMinBytes) {
        for (RecordKind kind : bySize) {
          readFile(kind, folder.resolve(CsvFiles.fileName(kind)), files.get(kind));
          closeAndSeal(kind, parts);
        }
        return;
      }
      pool = Executors.newFixedThreadPool(threads, FolderReader::thread);
      CompletionService<RecordKind> done = new ExecutorCompletionService<>(pool);
      List<Future<RecordKind>> running = new ArrayList<>();
      for (RecordKind kind : bySize) {
        FileRows rows = files.get(kind);
        Path path = folder.resolve(CsvFiles.fileName(kind));
        running.add(done.submit(() -> readOrStop(kind, path, rows), kind));
      }
      // As each file is read, its part is closed and its kind sealed here, on this thread, which
      // copies its columns while the other files are still being read. (Files are taken in the
      // order they end; the dataset and its problems do not depend on it, since each part keeps
      // the place where it was opened. When several fail, the first to end is the one thrown.)
      for (int n = 0; n < bySize.size(); n++) {
        try {
          closeAndSeal(await(Waiting.next(done, running)), parts);
        } catch (Waiting.Stopped e) {
          // this file stopped for another's failure, which the loop throws when it takes it
        }
      }
    } catch (RuntimeException | Error e) {
      stop = true;
      throw e;
    } finally {
      // on a failure, the other files' threads may still be adding rows to their parts: they stop
      // at their next rows; the parts are closed only once they have (else the builder, which the
      // caller drops with the failure, is left as it is: the reading never hangs on a thread)
      if (pool == null || Waiting.stopped(pool, stop ? STOP_MILLIS : 60_000)) {
        parts.values().forEach(DatasetPart::close);
      }
    }
  }

  /** Reads a file; an error (out of memory...) makes the other files' threads stop. */
  private void readOrStop(RecordKind kind, Path path, FileRows rows) {
    try {
      readFile(kind, path, rows);
    } catch (RuntimeException | Error e) {
      stop = true;
      throw e;
    }
  }

  private void closeAndSeal(RecordKind kind, Map<RecordKind, DatasetPart> parts) {
    parts.get(kind).close();
    builder.seal(kind);
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(r, "terrain-csv-reader");
    t.setDaemon(true);
    return t;
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a CSV folder", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException | SecurityException e) {
      return 0; // reading it will report the problem
    }
  }

  /**
   * Whether the folder gave no organisation file at all (missing or unreadable), so that the
   * dataset's own "no organisation" problem would only repeat the one already reported.
   */
  public boolean organisationMissing() {
    return organisationMissing;
  }

  /** The dialect each file was read in. */
  public Map<RecordKind, CsvDialect> dialects() {
    Map<RecordKind, CsvDialect> copy = new EnumMap<>(RecordKind.class);
    synchronized (dialects) {
      copy.putAll(dialects);
    }
    return Collections.unmodifiableMap(copy);
  }

  private Location locate(RecordKind kind, int position, String field) {
    FileRows rows = files.get(kind);
    if (rows != null) {
      return rows.locate(position, field);
    }
    String file = CsvFiles.fileName(kind);
    return position < 0 ? Location.ofFile(file) : Location.ofLine(file, position);
  }

  private void readFile(RecordKind kind, Path path, FileRows rows) {
    String name = CsvFiles.fileName(kind);
    beforeFile.accept(kind);
    rows.stopWhen(() -> stop);
    try {
      CsvHead head = CsvHead.of(path);
      CsvDialect dialect = forced.orElse(head.dialect());
      dialects.put(kind, dialect);
      int resume = 1;
      if (!tokenizerOnly) {
        try (InputStream in = Files.newInputStream(path)) {
          if (head.bom()) {
            in.skipNBytes(3);
          }
          PlainRecords.Rest rest = PlainRecords.read(in, dialect.separator(), rows);
          resume =
              rest == null
                  ? 0
                  : FastCsvSource.read(rest.bytes(), dialect.separator(), rows, rest.line());
        }
      }
      if (resume > 0) {
        if (!tokenizerOnly) {
          LOG.debug("{}: reading on from line {} with the recovering tokenizer", name, resume);
        }
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
          new ByteTokenizer(channel, dialect.separator(), rows).run(resume);
        }
      }
      rows.finish();
      LOG.debug("{}: {} rows ({})", name, rows.rows(), dialect.tag());
    } catch (HeaderNames.Refused e) {
      rows.report(e.problem);
      organisationMissing |= kind == RecordKind.ORGANISATION;
    } catch (IOException | UncheckedIOException | SecurityException e) {
      rows.report(
          Problem.of(ProblemCodes.UNREADABLE)
              .at(Location.ofFile(name))
              .record(kind, null)
              .args(Unreadable.reason(e))
              .build());
      if (kind == RecordKind.ORGANISATION && rows.rows() == 0) {
        organisationMissing = true;
      }
    }
  }
}
