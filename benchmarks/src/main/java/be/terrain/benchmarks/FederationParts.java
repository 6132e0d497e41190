package be.terrain.benchmarks;

import be.terrain.cli.sample.Scale;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.core.PersonTable;
import be.terrain.federation.Contributions;
import be.terrain.federation.FederationKey;
import be.terrain.federation.KeyedHasher;
import be.terrain.federation.Provenance;
import be.terrain.stats.PersonSet;
import be.terrain.stats.PersonSetSink;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;

/**
 * Where a contribution's cost beyond the report goes (issue #14), in one JVM, warm, by the public
 * API: in each round, the report; the report with a sink that takes the person sets and does
 * nothing (the engine's feed of the sets); the same with a sink that walks every set's persons (the
 * walk a sketch needs, without the sketch); one HMAC per linked person on one thread ({@link
 * KeyedHasher}, what the contribution runs on a background thread); the contribution. Prints, per
 * part, the medians (min-max) of the process CPU and wall seconds; the differences between the
 * parts are the costs. Same dataset as {@link FederationBenchmark}.
 *
 * <pre>{@code
 * java -Xmx12g -cp benchmarks/target/benchmarks.jar be.terrain.benchmarks.FederationParts S2 7 3
 * }</pre>
 */
public final class FederationParts {
  private FederationParts() {}

  /**
   * Runs the rounds.
   *
   * @param args the scale (DEMO, S1, S2), the number of rounds and the number of warm-up rounds
   */
  public static void main(String[] args) {
    Scale scale = Scale.named(args.length > 0 ? args[0] : "S1");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Dataset dataset = FederationBenchmark.linkedSample(scale);
    ReportOptions options = ReportOptions.of(Period.ofYear(ReportBenchmark.YEAR));
    FederationKey key = FederationBenchmark.KEY;
    Provenance provenance =
        new Provenance("terrain benchmark", "0".repeat(64), Provenance.records(dataset));
    LongAdder sink = new LongAdder();
    PersonSetSink nothing = (table, scope, n, rows) -> sink.increment();
    PersonSetSink walk =
        (table, scope, n, rows) -> {
          Sum sum = new Sum();
          n.forEach(sum);
          for (PersonSet r : rows) {
            r.forEach(sum);
          }
          sink.add(sum.sum);
        };
    Map<String, Runnable> parts = new LinkedHashMap<>();
    parts.put("report", () -> Statistics.compute(dataset, options));
    parts.put(
        "report + sets fed to a no-op sink",
        () -> Statistics.compute(dataset, ReportDefinition.standard(), options, nothing));
    parts.put(
        "report + every set's persons walked",
        () -> Statistics.compute(dataset, ReportDefinition.standard(), options, walk));
    parts.put("HMACs only, one thread", () -> hashAll(key, dataset.persons()));
    parts.put(
        "contribution",
        () -> Contributions.standard(dataset, options.period(), Optional.of(key), provenance));
    Map<String, List<double[]>> times = new LinkedHashMap<>();
    for (int r = 0; r < warmUps + rounds; r++) {
      for (Map.Entry<String, Runnable> part : parts.entrySet()) {
        CpuTimes.Sample s = time(part.getValue());
        if (r >= warmUps) {
          times
              .computeIfAbsent(part.getKey(), k -> new ArrayList<>())
              .add(new double[] {s.processNanos() / 1e9, s.wallNanos() / 1e9});
        }
      }
    }
    for (Map.Entry<String, List<double[]>> e : times.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "%s, %s, %d rounds after %d: CPU s %s, wall s %s%n",
          scale.name(),
          e.getKey(),
          rounds,
          warmUps,
          median(e.getValue(), 0),
          median(e.getValue(), 1));
    }
  }

  /** One consumer class for every walk (a second one would make the walk's call megamorphic). */
  private static final class Sum implements IntConsumer {
    private long sum;

    @Override
    public void accept(int person) {
      sum += person;
    }
  }

  private static CpuTimes.Sample time(Runnable work) {
    CpuTimes t = CpuTimes.start();
    work.run();
    return t.stop();
  }

  private static long hashAll(FederationKey key, PersonTable persons) {
    KeyedHasher hasher = key.newHasher();
    long sum = 0;
    for (int p = 0; p < persons.size(); p++) {
      byte[] code = persons.linkageCodeBytes(p);
      if (code != null) {
        sum += hasher.hash(code);
      }
    }
    return sum;
  }

  private static String median(List<double[]> values, int column) {
    List<Double> s = new ArrayList<>();
    for (double[] v : values) {
      s.add(v[column]);
    }
    Collections.sort(s);
    return String.format(
        Locale.ROOT, "%.3f (%.3f-%.3f)", s.get(s.size() / 2), s.get(0), s.get(s.size() - 1));
  }
}
