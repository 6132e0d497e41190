package be.terrain.csv.internal;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the CSV folder's reading thread waits for the threads reading its files, so that it never
 * hangs: a file's end is taken from the completion queue, or, should its entry be lost (an out of
 * memory error while the ending thread queued it left the reading waiting forever), from the
 * futures themselves; after a failure the other threads are given a short while to stop, not a
 * minute.
 */
final class Waiting {
  private static final Logger LOG = LoggerFactory.getLogger(Waiting.class);
  private static final long POLL_MILLIS = 100;

  private Waiting() {}

  /** Thrown in a file's thread that stopped reading because another file's reading failed. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped: another file's reading failed", null, false, false);
    }
  }

  /**
   * The next file read, each once: from the queue, else the first done of those not taken yet.
   *
   * @param running the futures not taken yet; the one returned is removed
   */
  static <T> Future<T> next(CompletionService<T> done, List<Future<T>> running) {
    while (true) {
      Future<T> f;
      try {
        f = done.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading a CSV folder", e);
      }
      if (f != null && running.remove(f)) {
        return f;
      }
      for (int i = 0; i < running.size(); i++) {
        if (running.get(i).isDone()) {
          return running.remove(i);
        }
      }
    }
  }

  /**
   * Stops the pool and waits at most a while for its threads.
   *
   * @return whether they all stopped
   */
  static boolean stopped(ExecutorService pool, long millis) {
    pool.shutdownNow();
    try {
      if (pool.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
        return true;
      }
      LOG.warn("a CSV reader thread did not stop within {} ms", millis);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
