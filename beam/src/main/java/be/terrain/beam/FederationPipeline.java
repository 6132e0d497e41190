package be.terrain.beam;

import be.terrain.beam.internal.ContributeFn;
import be.terrain.beam.internal.Launch;
import be.terrain.beam.internal.MergeFn;
import be.terrain.beam.internal.Settings;
import be.terrain.beam.internal.WriteFilesFn;
import be.terrain.beam.internal.WriteReportFn;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The federation report on Apache Beam ({@code docs/beam.md}): each member's dataset is read and
 * its contribution made on one worker; the contributions are combined by a {@code CombineFn} whose
 * accumulator keeps them all and whose output is the federation merge in organisation order, so the
 * report is byte for byte what {@code terrain federate} writes over the same contributions. Members
 * that cannot be read or are invalid are left out: their problems go to a file each, and the
 * summary beside the report says who was left out and why.
 *
 * <pre>
 * java -jar beam/target/terrain-beam.jar --runner=DirectRunner --members=members.txt \
 *     --year=2020 --federation=fdss --federationKey=fdss.key --output=fdss.json
 * </pre>
 */
public final class FederationPipeline {
  private FederationPipeline() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args Beam's options and {@link FederationPipelineOptions}', e.g. {@code --members=FILE}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /**
   * Runs the pipeline of these arguments to its end.
   *
   * @param args Beam's options and {@link FederationPipelineOptions}', e.g. {@code --members=FILE}
   * @param err where usage errors and a refused merge are told, one line each
   * @return 0 when the report was written, 1 when the merge was refused or the run failed, 2 on a
   *     usage error
   */
  public static int run(String[] args, PrintStream err) {
    Pipeline pipeline;
    FederationPipelineOptions options;
    try {
      PipelineOptionsFactory.register(FederationPipelineOptions.class);
      options =
          PipelineOptionsFactory.fromArgs(args)
              .withValidation()
              .as(FederationPipelineOptions.class);
      pipeline = create(options);
    } catch (IllegalArgumentException e) {
      err.println("terrain-beam: " + firstLine(e.getMessage()));
      return 2;
    }
    try {
      FileSystems.setDefaultPipelineOptions(options);
      deleteIfPresent(options.getOutput());
      PipelineResult.State state = pipeline.run().waitUntilFinish();
      if (state != PipelineResult.State.DONE) {
        err.println("terrain-beam: the pipeline ended " + state);
        return 1;
      }
      if (!exists(options.getOutput())) {
        err.println(
            "terrain-beam: the merge was refused: see " + Settings.summaryOf(options.getOutput()));
        return 1;
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("terrain-beam: " + firstLine(String.valueOf(e.getMessage())));
      return 1;
    }
  }

  /**
   * The pipeline of these options, not yet run.
   *
   * @param options the runner's and the report's options
   * @return the pipeline: read each member, make its contribution, merge them all, write the report
   * @throws IllegalArgumentException when an option is wrong or the members file cannot be read
   */
  public static Pipeline create(FederationPipelineOptions options) {
    FileSystems.setDefaultPipelineOptions(options);
    Settings settings = Launch.settings(options);
    List<KV<Integer, String>> members = Launch.members(options.getMembers());
    Pipeline p = Pipeline.create(options);
    KvCoder<Integer, String> lineCoder = KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of());
    PCollectionTuple out =
        p.apply("Members", Create.of(members).withCoder(lineCoder))
            .apply("OneMemberPerWorker", Reshuffle.viaRandomKey())
            .apply(
                "Contribute",
                ParDo.of(new ContributeFn(settings))
                    .withOutputTags(
                        ContributeFn.CONTRIBUTIONS,
                        TupleTagList.of(ContributeFn.INCLUDED)
                            .and(ContributeFn.LEFT_OUT)
                            .and(ContributeFn.PROBLEMS)));
    PCollection<KV<String, byte[]>> contributions =
        out.get(ContributeFn.CONTRIBUTIONS)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()));
    PCollectionView<List<KV<Integer, String>>> included =
        out.get(ContributeFn.INCLUDED).setCoder(lineCoder).apply("Included", View.asList());
    PCollectionView<List<KV<Integer, String>>> leftOut =
        out.get(ContributeFn.LEFT_OUT).setCoder(lineCoder).apply("LeftOut", View.asList());
    out.get(ContributeFn.PROBLEMS)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply(
            "ProblemBytes",
            MapElements.into(
                    TypeDescriptors.kvs(
                        TypeDescriptors.strings(),
                        new org.apache.beam.sdk.values.TypeDescriptor<byte[]>() {}))
                .via(kv -> KV.of(kv.getKey(), kv.getValue().getBytes(StandardCharsets.UTF_8))))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()))
        .apply("WriteProblems", ParDo.of(new WriteFilesFn(settings.problemsDir())));
    if (settings.contributionsDir() != null) {
      contributions.apply(
          "WriteContributions", ParDo.of(new WriteFilesFn(settings.contributionsDir())));
    }
    contributions
        .apply("Merge", Combine.globally(new MergeFn(settings)))
        .apply(
            "WriteReport",
            ParDo.of(new WriteReportFn(settings, included, leftOut))
                .withSideInputs(included, leftOut));
    return p;
  }

  private static void deleteIfPresent(String spec) throws IOException {
    if (exists(spec)) {
      FileSystems.delete(List.of(FileSystems.matchNewResource(spec, false)));
    }
  }

  private static boolean exists(String spec) throws IOException {
    MatchResult m = FileSystems.match(spec);
    return m.status() == MatchResult.Status.OK && !m.metadata().isEmpty();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
