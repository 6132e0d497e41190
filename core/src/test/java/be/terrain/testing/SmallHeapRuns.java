package be.terrain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Problem;
import be.terrain.core.ReadResult;
import be.terrain.core.RecordKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Reads of hostile input in a JVM of their own at a small heap (issue #17's memory bounds): the
 * readers' tests start a {@code main} on the test class path with {@link #run} and compare what it
 * prints, {@link #summary} of its read, with what the bound promises.
 */
public final class SmallHeapRuns {
  private SmallHeapRuns() {}

  /**
   * Runs {@code main} in another JVM with the given maximum heap and the serial collector, and
   * checks that it ended normally (exit 0: no out-of-memory).
   *
   * @return what it printed (standard output and error), stripped
   */
  public static String run(Class<?> main, String heap, String... args)
      throws IOException, InterruptedException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(classPath);
    command.add(main.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit of %s:%n%s", List.of(args), text).isZero();
    return text.strip();
  }

  /**
   * What a read found: problems by code, the first three and the last three, how many were omitted,
   * then the number of records of each kind given ({@code persons 1 contacts 2}).
   */
  public static String summary(ReadResult r, RecordKind... counted) {
    StringBuilder out = new StringBuilder();
    Map<String, Integer> byCode = new TreeMap<>();
    for (Problem p : r.validation().problems()) {
      byCode.merge(p.code().code(), 1, Integer::sum);
    }
    out.append("problems ").append(byCode).append(" omitted ").append(r.validation().omitted());
    List<Problem> all = r.validation().problems();
    for (int i = 0; i < all.size(); i++) {
      if (i < 3 || i >= all.size() - 3) {
        out.append('\n').append(all.get(i).location()).append(' ').append(all.get(i).message());
      }
    }
    for (int k = 0; k < counted.length; k++) {
      out.append(k == 0 ? '\n' : ' ')
          .append(counted[k].name().toLowerCase(java.util.Locale.ROOT))
          .append("s ")
          .append(r.dataset().size(counted[k]));
    }
    return out.toString();
  }
}
