package be.terrain.beam.internal;

import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.ReadResult;
import be.terrain.federation.Contribution;
import be.terrain.federation.ContributionJson;
import be.terrain.federation.Contributions;
import be.terrain.federation.FederationKey;
import be.terrain.federation.Provenance;
import be.terrain.platform.Terrain;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One member on one worker: its dataset read (copied locally first when remote), validated, and its
 * contribution made; the dataset is dropped as soon as the contribution is made. Main output: the
 * contribution file (name, bytes); {@link #INCLUDED}: the member's summary line; a member that
 * cannot be read or is invalid goes to {@link #LEFT_OUT} and its problems to {@link #PROBLEMS}.
 * Input: the member's line number and dataset spec.
 */
public final class ContributeFn extends DoFn<KV<Integer, String>, KV<String, byte[]>> {
  /** The contributions: file name, bytes. */
  public static final TupleTag<KV<String, byte[]>> CONTRIBUTIONS = new TupleTag<>() {};

  /** Included members: line number, summary entry. */
  public static final TupleTag<KV<Integer, String>> INCLUDED = new TupleTag<>() {};

  /** Left-out members: line number, summary entry. */
  public static final TupleTag<KV<Integer, String>> LEFT_OUT = new TupleTag<>() {};

  /** The left-out members' problem files: file name, text. */
  public static final TupleTag<KV<String, String>> PROBLEMS = new TupleTag<>() {};

  private static final Logger LOG = LoggerFactory.getLogger(ContributeFn.class);

  private final Settings settings;
  private transient Terrain terrain;
  private transient Optional<FederationKey> key;

  /** A function for these settings. */
  public ContributeFn(Settings settings) {
    this.settings = settings;
  }

  /** Finds the dataset formats and reads the key once per worker instance. */
  @Setup
  public void setup() throws IOException {
    terrain = Terrain.builder().findPlugins().build();
    key =
        settings.keySpec() == null
            ? Optional.empty()
            : Optional.of(FederationKey.of(BeamFiles.read(settings.keySpec())));
  }

  /** Makes one member's contribution, or leaves it out with its problems. */
  @ProcessElement
  public void process(@Element KV<Integer, String> member, MultiOutputReceiver out) {
    int line = member.getKey();
    String spec = member.getValue();
    List<String> problems = new ArrayList<>();
    byte[] json = null;
    String organisation = null;
    try (BeamFiles.Staged staged = BeamFiles.stage(spec)) {
      ReadResult read = terrain.read(staged.path(), settings.todayDate());
      if (read.isValid()) {
        Dataset dataset = read.dataset();
        Provenance provenance =
            Provenance.of(Provenance.terrainGenerator(), staged.path(), dataset);
        Contribution c = Contributions.standard(dataset, settings.period(), key, provenance);
        organisation = c.organisation();
        json = ContributionJson.toBytes(c);
      } else {
        read.validation().problems().stream().map(Problem::toString).forEach(problems::add);
      }
    } catch (IOException | RuntimeException e) {
      problems.add("cannot read the dataset: " + e.getMessage());
    }
    if (json != null) {
      out.get(CONTRIBUTIONS).output(KV.of(organisation + ".contribution.json", json));
      out.get(INCLUDED).output(KV.of(line, SummaryJson.included(line, spec, organisation)));
      return;
    }
    String file = problemsFile(line, spec);
    LOG.warn("member {} ({}) left out: {}", line, spec, problems.get(0));
    out.get(LEFT_OUT)
        .output(
            KV.of(line, SummaryJson.leftOut(line, spec, problems.size(), problems.get(0), file)));
    out.get(PROBLEMS).output(KV.of(file, String.join("\n", problems) + "\n"));
  }

  /** The problem file of a member: its line number and its dataset's last name. */
  static String problemsFile(int line, String spec) {
    String s = spec.endsWith("/") ? spec.substring(0, spec.length() - 1) : spec;
    String name = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    return String.format("%03d-%s.problems.txt", line, name.replaceAll("[^A-Za-z0-9._-]", "_"));
  }
}
