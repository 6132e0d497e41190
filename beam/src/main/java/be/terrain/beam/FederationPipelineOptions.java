package be.terrain.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The options of {@link FederationPipeline}, given as {@code --name=value} like every Beam option
 * (the runner's own, e.g. {@code --runner} and {@code --targetParallelism}, beside them). Paths are
 * Beam file system specs: local paths, or {@code hdfs://}, {@code s3://}, {@code gs://} when that
 * file system's module is on the class path.
 */
public interface FederationPipelineOptions extends PipelineOptions {
  /** The members file: one dataset path (CSV folder, JSON or JSON Lines file) per line. */
  @Description("A file with one member dataset path per line (CSV folder, .json or .jsonl)")
  @Validation.Required
  String getMembers();

  /** Sets {@link #getMembers()}. */
  void setMembers(String value);

  /** The calendar year of the report; or give {@link #getFrom()} and {@link #getTo()}. */
  @Description("The calendar year reported (or --from and --to)")
  Integer getYear();

  /** Sets {@link #getYear()}. */
  void setYear(Integer value);

  /** The first day of the period (ISO date), with {@link #getTo()}. */
  @Description("The first day of the period, YYYY-MM-DD (with --to)")
  String getFrom();

  /** Sets {@link #getFrom()}. */
  void setFrom(String value);

  /** The last day of the period (ISO date), with {@link #getFrom()}. */
  @Description("The last day of the period, YYYY-MM-DD (with --from)")
  String getTo();

  /** Sets {@link #getTo()}. */
  void setTo(String value);

  /** The day the datasets are read on (ISO date; default: the launcher's today). */
  @Description("The day the datasets are validated on, YYYY-MM-DD (default: today)")
  String getToday();

  /** Sets {@link #getToday()}. */
  void setToday(String value);

  /** The federation's id: the FEDERATION scope of the report. */
  @Description("The federation id (the FEDERATION scope)")
  @Validation.Required
  String getFederation();

  /** Sets {@link #getFederation()}. */
  void setFederation(String value);

  /** The members' key file (at least 16 bytes); none: contributions without linkage. */
  @Description("The members' federation key file (without it, no linkage)")
  String getFederationKey();

  /** Sets {@link #getFederationKey()}. */
  void setFederationKey(String value);

  /** The rounding of percents: {@code half-up} or {@code largest-remainder}. */
  @Description("half-up or largest-remainder")
  @Default.String("half-up")
  String getRounding();

  /** Sets {@link #getRounding()}. */
  void setRounding(String value);

  /** The small-count threshold k (counts from 1 to k-1 suppressed); none by default. */
  @Description("Suppress counts from 1 to k-1")
  Integer getSuppressBelow();

  /** Sets {@link #getSuppressBelow()}. */
  void setSuppressBelow(Integer value);

  /** The federation report written; its summary is written beside it. */
  @Description("The federation report file (the summary goes beside it: NAME.summary.json)")
  @Validation.Required
  String getOutput();

  /** Sets {@link #getOutput()}. */
  void setOutput(String value);

  /** A folder for the members' contributions ({@code <organisation>.contribution.json}). */
  @Description("A folder where each member's contribution is written (optional)")
  String getContributionsDir();

  /** Sets {@link #getContributionsDir()}. */
  void setContributionsDir(String value);

  /**
   * A folder for the left-out members' problems (default: {@code NAME.problems} beside the report).
   */
  @Description("A folder for the left-out members' problem files (default: NAME.problems/)")
  String getProblemsDir();

  /** Sets {@link #getProblemsDir()}. */
  void setProblemsDir(String value);
}
