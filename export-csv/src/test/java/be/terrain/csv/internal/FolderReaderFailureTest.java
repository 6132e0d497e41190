package be.terrain.csv.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.terrain.core.Dataset;
import be.terrain.core.RecordKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue #17, defect 1): when a CSV reading thread ran out of memory, the reading waited
 * for the other threads (a minute, or forever when the failed thread's end was lost from the
 * completion queue) while they went on filling the heap. The failure surfaces at once: the other
 * threads are told to stop and waited for only briefly.
 */
class FolderReaderFailureTest {
  @TempDir Path dir;

  private void folder() throws IOException {
    smallFolder(dir);
  }

  /** A valid folder of five small files (one record each but the organisation's). */
  static void smallFolder(Path dir) throws IOException {
    Files.writeString(dir.resolve("organisation.csv"), "id,name\ne2w,Entre 2 Wallonie\n");
    Files.writeString(
        dir.resolve("antennas.csv"),
        "id,name,province,kind\ncharleroi,Service Charleroi,BE-WHT,SERVICE\n");
    Files.writeString(dir.resolve("persons.csv"), "id,role\np-1,SEX_WORKER\n");
    Files.writeString(
        dir.resolve("contacts.csv"),
        "id,date,antenna_id,channel,person_id,count\nc-1,2020-01-02,charleroi,STREET,p-1,\n");
    Files.writeString(
        dir.resolve("health.csv"),
        "id,date,antenna_id,person_id,kind,act,pathogens\n"
            + "h-1,2020-01-02,charleroi,p-1,NURSING_CARE,RAPID_TEST,HIV\n");
  }

  @Test
  void anOutOfMemoryErrorInAReadingThreadSurfacesWithoutWaitingForTheOthers() throws IOException {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "files read in parallel");
    folder();
    CountDownLatch release = new CountDownLatch(1);
    try {
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () ->
              assertThatThrownBy(
                      () ->
                          new FolderReader(
                                  Dataset.builder(),
                                  Optional.empty(),
                                  false,
                                  kind -> {
                                    if (kind == RecordKind.HEALTH) {
                                      throw new OutOfMemoryError("Java heap space (injected)");
                                    }
                                    if (kind == RecordKind.CONTACT) {
                                      // a thread that does not end soon, deaf to interrupts (as
                                      // one collecting garbage on a full heap)
                                      awaitUninterruptibly(release);
                                    }
                                  },
                                  0) // in parallel, however small the files
                              .read(dir))
                  .isInstanceOf(OutOfMemoryError.class)
                  .hasMessageContaining("injected"));
    } finally {
      release.countDown();
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // deaf, on purpose
      }
    }
  }
}
