package be.terrain.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident memory, as Linux reports it; what the memory goals are about. */
public final class PeakMemory {
  private PeakMemory() {}

  /** The peak resident set size in megabytes ({@code VmHWM}), or -1 where unknown. */
  public static long peakResidentMb() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).replace("kB", "").trim();
          return Long.parseLong(kb) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
