package be.terrain.beam.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Writes the merge's outcome: the report (when merged) and the summary beside it, with the included
 * and left-out members (side inputs) sorted by their line in the members file.
 */
public final class WriteReportFn extends DoFn<MergeOutcome, Void> {
  private final Settings settings;
  private final PCollectionView<List<KV<Integer, String>>> included;
  private final PCollectionView<List<KV<Integer, String>>> leftOut;

  /** A writer for these settings and the members' entries. */
  public WriteReportFn(
      Settings settings,
      PCollectionView<List<KV<Integer, String>>> included,
      PCollectionView<List<KV<Integer, String>>> leftOut) {
    this.settings = settings;
    this.included = included;
    this.leftOut = leftOut;
  }

  /** Writes the report and the summary. */
  @ProcessElement
  public void process(@Element MergeOutcome outcome, ProcessContext c) throws IOException {
    if (outcome.report() != null) {
      BeamFiles.write(settings.output(), outcome.report());
    }
    byte[] summary =
        SummaryJson.summary(
            settings.federation(),
            outcome.report() == null ? null : settings.output(),
            sorted(c.sideInput(included)),
            sorted(c.sideInput(leftOut)),
            outcome.refused());
    BeamFiles.write(settings.summary(), summary);
  }

  private static List<String> sorted(List<KV<Integer, String>> entries) {
    return entries.stream().sorted(Comparator.comparing(KV::getKey)).map(KV::getValue).toList();
  }
}
