package be.terrain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Progress on standard error while slow work runs: nothing during the first second, then one line
 * rewritten in place ({@code terrain: reading data/ … 3 s}), erased when the work is done. Shown
 * only when standard error is a terminal, so that logs and pipes get nothing of it.
 */
final class Progress implements AutoCloseable {
  private static final long QUIET_MILLIS = 1000;
  private static final long TICK_MILLIS = 250;

  private final PrintWriter err;
  private final Thread ticker;
  private final long start = System.nanoTime();
  private volatile String what;
  private String shown = ""; // the line on screen (ticker thread only)

  private Progress(PrintWriter err, String what, boolean enabled) {
    this.err = err;
    this.what = what;
    if (enabled) {
      ticker = new Thread(this::tick, "terrain-progress");
      ticker.setDaemon(true);
      ticker.start();
    } else {
      ticker = null;
    }
  }

  /** Starts showing progress of some work (when enabled). */
  static Progress start(PrintWriter err, boolean enabled, String what) {
    return new Progress(err, what, enabled);
  }

  /** Does some work, showing progress while it takes time (when enabled). */
  static <T> T during(PrintWriter err, boolean enabled, String what, Supplier<T> work) {
    Progress p = start(err, enabled, what);
    try {
      return work.get();
    } finally {
      p.close();
    }
  }

  /** What is being done now. */
  void step(String now) {
    this.what = now;
  }

  /** Stops and erases the line. */
  @Override
  public void close() {
    if (ticker == null) {
      return;
    }
    ticker.interrupt();
    try {
      ticker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void tick() {
    try {
      Thread.sleep(QUIET_MILLIS);
      while (!Thread.currentThread().isInterrupted()) {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        show("terrain: " + what + " … " + seconds + " s");
        Thread.sleep(TICK_MILLIS);
      }
    } catch (InterruptedException e) {
      // done
    }
    if (!shown.isEmpty()) {
      show("");
    }
  }

  private void show(String line) {
    if (line.equals(shown)) {
      return;
    }
    StringBuilder b = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < shown.length(); i++) {
      b.append(' ');
    }
    if (line.isEmpty()) {
      b.append('\r');
    }
    shown = line;
    synchronized (err) {
      err.print(b);
      err.flush();
    }
  }

  /**
   * Whether the process's standard error is a terminal: on Linux, where file descriptor 2 leads;
   * elsewhere, whether the process has a console at all.
   */
  static boolean standardErrorIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
