package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.federation.Contribution;
import be.terrain.federation.ContributionJson;
import be.terrain.federation.Contributions;
import be.terrain.federation.FederationKey;
import be.terrain.federation.FederationKeyException;
import be.terrain.federation.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code terrain contribute DATASET (--year Y | --from D --to D) [--federation-key FILE] --out
 * FILE}: a member's contribution to its federation ({@code terrain-contribution/1}).
 */
@Command(
    name = "contribute",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Write a member's contribution to its federation's report.",
    customSynopsis = {
      "terrain contribute DATASET (--year=Y | --from=D --to=D) [--federation-key=FILE]",
      "                   --out=FILE [--today=D] [--dialect=DIALECT] [--problems=FORMAT]",
      "                   [--debug] [-hV]"
    },
    description = {
      "Reads and validates the dataset as 'terrain report' does (exit 1 with its problems when it"
          + " is invalid) and writes its contribution (terrain-contribution/1): the standard"
          + " report's counts at the organisation and province scopes, with the dataset's SHA-256"
          + " and record count. With --federation-key, each PERSONS row also carries a sketch of"
          + " keyed hashes of the persons' linkage codes, from which the federation estimates"
          + " distinct persons across members. No person id, no linkage code and no key byte is"
          + " ever written or shown.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  terrain contribute my-data/ --year 2020 --federation-key fdss.key --out e2w.json",
      "  terrain contribute export.json --from 2020-01-01 --to 2020-06-30 --out e2w-h1.json"
    })
final class ContributeCommand extends DatasetCommand {
  @Mixin PeriodOptions period;

  @Option(
      names = "--federation-key",
      paramLabel = "FILE",
      description =
          "The federation's key (a file of at least 16 bytes, shared by the members, never by"
              + " the federation): adds the sketches of linked persons.")
  Path keyFile;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description = "The contribution file to write (terrain-contribution/1).")
  Path out;

  @Mixin DatasetInput input;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Period p = period.period(cl);
    Optional<FederationKey> key = key(cl);
    OutputChecks.file(cl, "--out", out, "contribution.json");
    // the dataset's SHA-256 reads the files a second time: on a thread of its own, while the
    // dataset is read (it fills the core the readers leave idle)
    CompletableFuture<String> digest =
        Background.start("terrain-dataset-sha256", () -> Provenance.sha256(dataset));
    Optional<Dataset> read = readValid(input);
    if (read.isEmpty()) {
      return TerrainCli.INVALID;
    }
    Contribution contribution =
        Progress.during(
            cl.getErr(),
            top.progress(),
            "computing the contribution",
            () ->
                Contributions.standard(
                    read.get(),
                    p,
                    key,
                    new Provenance(
                        generator(), Background.join(digest), Provenance.records(read.get()))));
    Output.write(out, path -> ContributionJson.write(contribution, path));
    cl.getErr()
        .println(
            "terrain contribute: wrote "
                + out
                + (key.isPresent() ? " (with linkage)" : " (without linkage)"));
    return TerrainCli.OK;
  }

  /** The key, read before any work; a missing, unreadable or short file is a usage error. */
  private Optional<FederationKey> key(CommandLine cl) {
    if (keyFile == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(keyFile)) {
      throw new ParameterException(cl, "--federation-key " + keyFile + ": no such file");
    }
    try {
      return Optional.of(FederationKey.read(keyFile));
    } catch (FederationKeyException e) {
      // the exception's message names the file and the length, never the key's bytes
      throw new ParameterException(cl, "--federation-key " + keyFile + ": " + reason(e));
    }
  }

  private static String reason(FederationKeyException e) {
    String m = String.valueOf(e.getMessage());
    int colon = m.lastIndexOf(": ");
    return e.getCause() != null ? "cannot be read" : colon < 0 ? m : m.substring(colon + 2);
  }

  /** The generator written in the provenance: {@link Provenance#terrainGenerator()}. */
  static String generator() {
    return Provenance.terrainGenerator();
  }
}
