package be.terrain.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.terrain.core.Dataset;
import be.terrain.core.RecordKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small folder is read on the calling thread (starting a pool of threads cost more than reading
 * it: issue #17, a fuzzer reads millions of small folders); a big one still reads the files that
 * refer to persons in parallel.
 */
class FolderReaderThreadsTest {
  @TempDir Path dir;

  private Map<RecordKind, String> readOn(long parallelMinBytes) throws IOException {
    FolderReaderFailureTest.smallFolder(dir);
    Map<RecordKind, String> threads = new ConcurrentHashMap<>();
    new FolderReader(
            Dataset.builder(),
            Optional.empty(),
            false,
            kind -> threads.put(kind, Thread.currentThread().getName()),
            parallelMinBytes)
        .read(dir);
    return threads;
  }

  @Test
  void aSmallFolderIsReadOnTheCallingThread() throws IOException {
    String caller = Thread.currentThread().getName();
    Map<RecordKind, String> threads = readOn(FolderReader.PARALLEL_MIN_BYTES);
    assertThat(threads).hasSize(5);
    assertThat(threads.values()).containsOnly(caller);
  }

  @Test
  void theFilesThatReferToPersonsAreReadInParallelPastTheThreshold() throws IOException {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "files read in parallel");
    Map<RecordKind, String> threads = readOn(0);
    assertThat(threads.get(RecordKind.PERSON)).isEqualTo(Thread.currentThread().getName());
    assertThat(threads.get(RecordKind.CONTACT)).isEqualTo("terrain-csv-reader");
    assertThat(threads.get(RecordKind.HEALTH)).isEqualTo("terrain-csv-reader");
  }
}
