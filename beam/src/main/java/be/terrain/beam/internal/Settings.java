package be.terrain.beam.internal;

import be.terrain.core.Period;
import be.terrain.federation.FederationOptions;
import be.terrain.stats.Rounding;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The run's settings, checked once on the launcher and shipped to the workers (plain values, so
 * that they serialise with the transforms).
 *
 * @param federation the FEDERATION scope's id
 * @param from the period's first day (ISO)
 * @param to the period's last day (ISO)
 * @param today the day datasets are validated on (ISO)
 * @param keySpec the key file's spec, or null for no linkage
 * @param rounding the rounding's id
 * @param suppressBelow the threshold, or null
 * @param output the report's spec
 * @param contributionsDir where contributions are written, or null
 * @param problemsDir where the left-out members' problems are written
 */
public record Settings(
    String federation,
    String from,
    String to,
    String today,
    String keySpec,
    String rounding,
    Integer suppressBelow,
    String output,
    String contributionsDir,
    String problemsDir)
    implements Serializable {

  /** The period reported. */
  public Period period() {
    return Period.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  /** The day datasets are validated on. */
  public LocalDate todayDate() {
    return LocalDate.parse(today);
  }

  /** The merge's options. */
  public FederationOptions mergeOptions() {
    FederationOptions o = FederationOptions.of().withRounding(Rounding.parse(rounding));
    return suppressBelow == null ? o : o.withSuppressBelow(suppressBelow);
  }

  /** The summary's spec: the report's name with {@code .summary.json} for {@code .json}. */
  public String summary() {
    return summaryOf(output);
  }

  /** The summary's spec beside a report's. */
  public static String summaryOf(String output) {
    return sibling(output, ".summary.json");
  }

  /** The default problems folder: the report's name with {@code .problems}. */
  public static String defaultProblemsDir(String output) {
    return sibling(output, ".problems");
  }

  private static String sibling(String output, String suffix) {
    String base = output.endsWith(".json") ? output.substring(0, output.length() - 5) : output;
    return base + suffix;
  }
}
