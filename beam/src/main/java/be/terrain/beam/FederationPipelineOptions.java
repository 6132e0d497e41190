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
  /** {@return the members file: one dataset path (CSV folder, JSON or JSON Lines file) per line} */
  @Description("A file with one member dataset path per line (CSV folder, .json or .jsonl)")
  @Validation.Required
  String getMembers();

  /**
   * Sets {@link #getMembers()}.
   *
   * @param value its new value
   */
  void setMembers(String value);

  /** {@return the calendar year of the report; or give {@link #getFrom()} and {@link #getTo()}} */
  @Description("The calendar year reported (or --from and --to)")
  Integer getYear();

  /**
   * Sets {@link #getYear()}.
   *
   * @param value its new value
   */
  void setYear(Integer value);

  /** {@return the first day of the period (ISO date), with {@link #getTo()}} */
  @Description("The first day of the period, YYYY-MM-DD (with --to)")
  String getFrom();

  /**
   * Sets {@link #getFrom()}.
   *
   * @param value its new value
   */
  void setFrom(String value);

  /** {@return the last day of the period (ISO date), with {@link #getFrom()}} */
  @Description("The last day of the period, YYYY-MM-DD (with --from)")
  String getTo();

  /**
   * Sets {@link #getTo()}.
   *
   * @param value its new value
   */
  void setTo(String value);

  /** {@return the day the datasets are read on (ISO date; default: the launcher's today)} */
  @Description("The day the datasets are validated on, YYYY-MM-DD (default: today)")
  String getToday();

  /**
   * Sets {@link #getToday()}.
   *
   * @param value its new value
   */
  void setToday(String value);

  /** {@return the federation's id: the FEDERATION scope of the report} */
  @Description("The federation id (the FEDERATION scope)")
  @Validation.Required
  String getFederation();

  /**
   * Sets {@link #getFederation()}.
   *
   * @param value its new value
   */
  void setFederation(String value);

  /** {@return the members' key file (at least 16 bytes); none: contributions without linkage} */
  @Description("The members' federation key file (without it, no linkage)")
  String getFederationKey();

  /**
   * Sets {@link #getFederationKey()}.
   *
   * @param value its new value
   */
  void setFederationKey(String value);

  /** {@return the rounding of percents: {@code half-up} or {@code largest-remainder}} */
  @Description("half-up or largest-remainder")
  @Default.String("half-up")
  String getRounding();

  /**
   * Sets {@link #getRounding()}.
   *
   * @param value its new value
   */
  void setRounding(String value);

  /** {@return the small-count threshold k (counts from 1 to k-1 suppressed); none by default} */
  @Description("Suppress counts from 1 to k-1")
  Integer getSuppressBelow();

  /**
   * Sets {@link #getSuppressBelow()}.
   *
   * @param value its new value
   */
  void setSuppressBelow(Integer value);

  /** {@return the file the federation report is written to; its summary goes beside it} */
  @Description("The federation report file (the summary goes beside it: NAME.summary.json)")
  @Validation.Required
  String getOutput();

  /**
   * Sets {@link #getOutput()}.
   *
   * @param value its new value
   */
  void setOutput(String value);

  /**
   * {@return the folder for the members' contributions ({@code <organisation>.contribution.json})}
   */
  @Description("A folder where each member's contribution is written (optional)")
  String getContributionsDir();

  /**
   * Sets {@link #getContributionsDir()}.
   *
   * @param value its new value
   */
  void setContributionsDir(String value);

  /**
   * {@return the folder for the left-out members' problems (default: {@code NAME.problems} beside
   * the report)}
   */
  @Description("A folder for the left-out members' problem files (default: NAME.problems/)")
  String getProblemsDir();

  /**
   * Sets {@link #getProblemsDir()}.
   *
   * @param value its new value
   */
  void setProblemsDir(String value);
}
