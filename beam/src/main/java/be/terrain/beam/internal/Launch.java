package be.terrain.beam.internal;

import be.terrain.beam.FederationPipelineOptions;
import be.terrain.federation.FederationKey;
import be.terrain.federation.FederationKeyException;
import be.terrain.stats.Rounding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.KV;

/**
 * The launcher's checks: every option turned into {@link Settings}, and the members file read into
 * (line number, dataset spec) pairs. A bad option is a {@link UsageException} with a one-line
 * message.
 */
public final class Launch {
  private Launch() {}

  /** A command-line mistake: its message is shown as it is, without a stack trace. */
  public static final class UsageException extends IllegalArgumentException {
    /** A mistake with its one-line message. */
    public UsageException(String message) {
      super(message);
    }
  }

  /** The settings of these options. */
  public static Settings settings(FederationPipelineOptions o) {
    LocalDate from;
    LocalDate to;
    if (o.getYear() != null) {
      if (o.getFrom() != null || o.getTo() != null) {
        throw new UsageException("give --year or --from and --to, not both");
      }
      from = LocalDate.of(o.getYear(), 1, 1);
      to = LocalDate.of(o.getYear(), 12, 31);
    } else if (o.getFrom() != null && o.getTo() != null) {
      from = date("--from", o.getFrom());
      to = date("--to", o.getTo());
      if (from.isAfter(to)) {
        throw new UsageException("--from " + from + " is after --to " + to);
      }
    } else {
      throw new UsageException("give the period: --year=YYYY, or --from=DATE and --to=DATE");
    }
    String today =
        o.getToday() == null
            ? LocalDate.now().toString()
            : date("--today", o.getToday()).toString();
    if (o.getFederation().isBlank()) {
      throw new UsageException("--federation must not be blank");
    }
    try {
      Rounding.parse(o.getRounding());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--rounding: " + e.getMessage());
    }
    if (o.getSuppressBelow() != null && o.getSuppressBelow() < 1) {
      throw new UsageException("--suppressBelow must be at least 1");
    }
    if (o.getFederationKey() != null) {
      checkKey(o.getFederationKey());
    }
    String problems =
        o.getProblemsDir() == null
            ? Settings.defaultProblemsDir(o.getOutput())
            : o.getProblemsDir();
    return new Settings(
        o.getFederation(),
        from.toString(),
        to.toString(),
        today,
        o.getFederationKey(),
        o.getRounding(),
        o.getSuppressBelow(),
        o.getOutput(),
        o.getContributionsDir(),
        problems);
  }

  /** The members file's dataset specs with their line numbers (blank and # lines skipped). */
  public static List<KV<Integer, String>> members(String spec) {
    String text;
    try {
      text = new String(BeamFiles.read(spec), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new UsageException("cannot read the members file " + spec + ": " + e.getMessage());
    }
    List<KV<Integer, String>> members = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        members.add(KV.of(i + 1, line));
      }
    }
    if (members.isEmpty()) {
      throw new UsageException("the members file " + spec + " lists no dataset");
    }
    return members;
  }

  private static void checkKey(String spec) {
    byte[] bytes;
    try {
      bytes = BeamFiles.read(spec);
    } catch (IOException | RuntimeException e) {
      throw new UsageException("cannot read the federation key file " + spec);
    }
    try {
      FederationKey.of(bytes);
    } catch (FederationKeyException e) {
      throw new UsageException("federation key file " + spec + ": " + e.getMessage());
    } finally {
      java.util.Arrays.fill(bytes, (byte) 0);
    }
  }

  private static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new UsageException(option + " is not a date YYYY-MM-DD: " + text);
    }
  }
}
