package be.terrain.beam.internal;

import be.terrain.core.Problem;
import be.terrain.federation.ContributionJson;
import be.terrain.federation.ContributionRead;
import be.terrain.federation.ContributionSet;
import be.terrain.federation.Federation;
import be.terrain.federation.FederationReportJson;
import be.terrain.federation.FederationResult;
import be.terrain.federation.KnownDefinitions;
import java.util.List;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.values.KV;

/**
 * Combines the members' contributions (file name, bytes) into the federation report. The
 * accumulator is a {@link ContributionSet}, which keeps every contribution and sorts them in
 * organisation order when merged: whatever grouping and order the runner chooses, the output is
 * {@code Federation.merge} over the same contributions, byte for byte.
 */
public final class MergeFn
    extends Combine.CombineFn<KV<String, byte[]>, ContributionSet, MergeOutcome> {
  private final Settings settings;

  /** A combiner for these settings. */
  public MergeFn(Settings settings) {
    this.settings = settings;
  }

  @Override
  public ContributionSet createAccumulator() {
    return ContributionSet.empty();
  }

  @Override
  public ContributionSet addInput(ContributionSet acc, KV<String, byte[]> input) {
    ContributionRead read =
        ContributionJson.read(input.getValue(), input.getKey(), KnownDefinitions.standard());
    return acc.add(
        input.getKey(),
        read.contribution()
            .orElseThrow(() -> new IllegalStateException("unreadable contribution " + read)));
  }

  @Override
  public ContributionSet mergeAccumulators(Iterable<ContributionSet> accumulators) {
    ContributionSet all = ContributionSet.empty();
    accumulators.forEach(all::addAll);
    return all;
  }

  @Override
  public MergeOutcome extractOutput(ContributionSet acc) {
    FederationResult r = Federation.merge(settings.federation(), acc, settings.mergeOptions());
    return r.report()
        .map(report -> new MergeOutcome(FederationReportJson.toBytes(report), List.of()))
        .orElseGet(
            () -> new MergeOutcome(null, r.problems().stream().map(Problem::toString).toList()));
  }

  @Override
  public Coder<ContributionSet> getAccumulatorCoder(
      CoderRegistry registry, Coder<KV<String, byte[]>> inputCoder)
      throws CannotProvideCoderException {
    return ContributionSetCoder.of();
  }

  @Override
  public Coder<MergeOutcome> getDefaultOutputCoder(
      CoderRegistry registry, Coder<KV<String, byte[]>> inputCoder) {
    return MergeOutcomeCoder.of();
  }
}
