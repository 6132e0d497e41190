package be.terrain.cli;

import be.terrain.stats.PercentConsistency;
import be.terrain.stats.PercentConsistency.Counts;
import be.terrain.stats.PercentConsistency.Result;
import be.terrain.stats.PercentConsistency.Rows;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code terrain check-table --n N --percents 20,64,18}: can whole counts give this table? */
@Command(
    name = "check-table",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Tell whether a published table of percents is possible for its N.",
    description = {
      "With N persons each one weighs 100/N percent, so some integer percents (rounded half up)"
          + " cannot be reached: with N = 11, 2 persons give 18 %% and 3 give 27 %%, and 20 %% is"
          + " impossible. Checks each row, then the rows together. Exit 0 when the table is"
          + " possible, 1 when it is not.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  terrain check-table --n 11 --percents 20,64,18",
      "  terrain check-table --n 117 --percents 58,42 --rows disjoint"
    })
final class CheckTableCommand implements Callable<Integer> {
  /** The largest N: a billion, more than any table Terrain computes. */
  static final int MAX_N = 1_000_000_000;

  @Spec CommandSpec spec;

  @Option(
      names = "--n",
      paramLabel = "N",
      required = true,
      description = "The table's N (persons, acts, ...).")
  int n;

  @Option(
      names = "--percents",
      paramLabel = "P",
      split = ",",
      required = true,
      description = "The published percents, comma-separated, in row order.")
  List<Integer> percents;

  @Option(
      names = "--rows",
      paramLabel = "HOW",
      defaultValue = "partition",
      description =
          "partition (default: every one of the N is in exactly one row), disjoint (rows"
              + " are an excerpt: some may be in none) or independent (rows may overlap).")
  Rows rows;

  @Override
  public Integer call() {
    OptionChecks.within(spec.commandLine(), "--n", n, 1, MAX_N, "a count");
    for (int p : percents) {
      if (p < 0 || p > 100) {
        throw new ParameterException(spec.commandLine(), "a percent must be from 0 to 100: " + p);
      }
    }
    int[] ps = percents.stream().mapToInt(Integer::intValue).toArray();
    Result result = PercentConsistency.check(n, rows, ps);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "N = " + n + ": each one weighs " + String.format(Locale.ROOT, "%.2f", 100.0 / n) + " %.");
    TextTable t = new TextTable("  ", "lrl");
    List<String> impossible = new ArrayList<>();
    for (int i = 0; i < ps.length; i++) {
      Optional<Counts> c = PercentConsistency.countsFor(n, ps[i]);
      String row = "row " + (i + 1);
      if (c.isEmpty()) {
        impossible.add(row + " (" + ps[i] + " %)");
        t.row(row, ps[i] + " %", "impossible: " + neighbours(ps[i]));
      } else {
        int lo = c.get().min();
        int hi = c.get().max();
        t.row(row, ps[i] + " %", (lo == hi ? String.valueOf(lo) : lo + " to " + hi) + " of " + n);
      }
    }
    t.write(out);
    if (!impossible.isEmpty()) {
      out.println(
          "Impossible: "
              + String.join(", ", impossible)
              + " cannot come from whole counts out of "
              + n
              + ".");
    } else if (!result.countsFit()) {
      long lo = total(ps, true);
      long hi = total(ps, false);
      out.println(
          rows == Rows.PARTITION
              ? "Impossible: the rows add up to "
                  + (lo == hi ? String.valueOf(lo) : lo + " to " + hi)
                  + ", not "
                  + n
                  + "."
              : "Impossible: the rows need at least " + lo + " of the " + n + ".");
    } else {
      out.println("Possible, e.g. with the counts " + example(ps) + ".");
    }
    out.flush();
    return result.possible() ? TerrainCli.OK : TerrainCli.INVALID;
  }

  /** The two counts around an impossible percent and what they give. */
  private String neighbours(int percent) {
    int below = (int) Math.min(n, (long) percent * n / 100);
    StringJoiner j = new StringJoiner(", ");
    for (int c = below; c <= Math.min(n, below + 1); c++) {
      j.add(c + " give " + halfUp(c) + " %");
    }
    return j.toString();
  }

  private long halfUp(int count) {
    return (200L * count + n) / (2L * n);
  }

  private long total(int[] ps, boolean min) {
    long sum = 0;
    for (int p : ps) {
      Counts c = PercentConsistency.countsFor(n, p).orElseThrow();
      sum += min ? c.min() : c.max();
    }
    return sum;
  }

  /** Counts that give the table, when every row is possible and they fit. */
  private String example(int[] ps) {
    long[] counts = new long[ps.length];
    long sum = 0;
    for (int i = 0; i < ps.length; i++) {
      counts[i] = PercentConsistency.countsFor(n, ps[i]).orElseThrow().min();
      sum += counts[i];
    }
    if (rows == Rows.PARTITION) {
      for (int i = 0; i < ps.length && sum < n; i++) {
        long add =
            Math.min(
                n - sum, PercentConsistency.countsFor(n, ps[i]).orElseThrow().max() - counts[i]);
        counts[i] += add;
        sum += add;
      }
    }
    StringJoiner j = new StringJoiner(", ");
    for (long c : counts) {
      j.add(String.valueOf(c));
    }
    return j.toString();
  }
}
