package be.terrain.benchmarks;

import be.terrain.cli.sample.LinkageCodes;
import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.federation.Contribution;
import be.terrain.federation.ContributionJson;
import be.terrain.federation.ContributionSet;
import be.terrain.federation.Contributions;
import be.terrain.federation.Federation;
import be.terrain.federation.FederationKey;
import be.terrain.federation.FederationOptions;
import be.terrain.federation.FederationResult;
import be.terrain.federation.KnownDefinitions;
import be.terrain.federation.Provenance;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The federation's costs (issue #14, "Speed"): a contribution with a key against the standard
 * report on the same dataset (target: at most 1.15x), and merging {@value #MEMBERS} contributions
 * (target: under 2 s).
 *
 * <p>The dataset is the sample of the scale with linkage codes, generated in memory in the trial
 * setup (the sample folders under {@code /tmp/terrain-data} have no codes): every person linked,
 * identities drawn from a population of twice the scale's persons. The {@value #MEMBERS}
 * contributions to merge are made in the setup from {@value #DISTINCT} DEMO-scale members with
 * overlapping persons, each renamed {@value #MEMBERS} / {@value #DISTINCT} times (distinct
 * organisation ids, the same sketches: the merge does the same work).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class FederationBenchmark {
  /** How many contributions the merge takes. */
  public static final int MEMBERS = 500;

  /** How many different member datasets they come from. */
  public static final int DISTINCT = 10;

  private static final Period YEAR = Period.ofYear(ReportBenchmark.YEAR);

  /** The bytes of {@link #KEY}. */
  static final byte[] KEY_BYTES =
      "benchmark federation key, not a secret".getBytes(StandardCharsets.UTF_8);

  /** The federation key of every benchmark's contributions (not a secret). */
  static final FederationKey KEY = FederationKey.of(KEY_BYTES);

  /** The sample scale of the contribution against the report: DEMO, S1 or S2. */
  @Param({"S1"})
  public String scale;

  private Dataset dataset;
  private Provenance provenance;
  private ContributionSet members;

  /**
   * The scale's sample with linkage codes generated in memory: the dataset of every contribution
   * benchmark ({@link FederationCpuPairs}, {@link FederationParts}).
   */
  static Dataset linkedSample(Scale s) {
    return new SampleGenerator(s, SampleGenerator.DEFAULT_SEED)
        .withLinkageCodes(linkageCodes(s))
        .dataset();
  }

  /**
   * The seed of the linkage codes of {@link #linkedSample} and {@link SampleFolders#ensureLinked}.
   */
  static final long LINKAGE_SEED = 14L;

  /** The linkage codes of a scale's linked sample: identities from twice its persons. */
  static LinkageCodes linkageCodes(Scale s) {
    return LinkageCodes.shared(LINKAGE_SEED, 2 * s.persons());
  }

  /** Generates the dataset with linkage codes and the contributions to merge (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    Scale s = Scale.named(scale);
    dataset = linkedSample(s);
    provenance = new Provenance("terrain benchmark", "0".repeat(64), Provenance.records(dataset));
    members = ContributionSet.empty();
    LinkageCodes shared = LinkageCodes.shared(15L, 3 * Scale.DEMO.persons());
    for (int d = 0; d < DISTINCT; d++) {
      Dataset m = new SampleGenerator(Scale.DEMO, d + 1L).withLinkageCodes(shared).dataset();
      String json =
          new String(
              ContributionJson.toBytes(
                  Contributions.standard(m, YEAR, Optional.of(KEY), provenance)),
              StandardCharsets.UTF_8);
      for (int k = 0; k < MEMBERS / DISTINCT; k++) {
        String id = String.format("m-%02d-%02d", d, k);
        byte[] renamed =
            json.replace("\"" + SampleGenerator.ORGANISATION_ID + "\"", "\"" + id + "\"")
                .getBytes(StandardCharsets.UTF_8);
        Contribution c =
            ContributionJson.read(renamed, id + ".json", KnownDefinitions.standard())
                .contribution()
                .orElseThrow();
        members.add(id + ".json", c);
      }
    }
  }

  /** The standard report of the dataset: the reference cost. */
  @Benchmark
  public Report report() {
    return Statistics.compute(dataset, ReportOptions.of(YEAR));
  }

  /** The dataset's contribution with a key: the report's counts and the sketches, one pass. */
  @Benchmark
  public Contribution contribution() {
    return Contributions.standard(dataset, YEAR, Optional.of(KEY), provenance);
  }

  /** Merging {@value #MEMBERS} contributions into the federation report. */
  @Benchmark
  public FederationResult merge500() {
    FederationResult r = Federation.merge("fdss", members, FederationOptions.of());
    if (!r.isMerged()) {
      throw new IllegalStateException(r.problems().toString());
    }
    return r;
  }
}
