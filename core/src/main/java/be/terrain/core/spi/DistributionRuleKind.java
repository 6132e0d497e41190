package be.terrain.core.spi;

import be.terrain.core.Dataset;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A kind of check over a dataset's distribution ledger that the rules of {@code terrain-rules/1}
 * (quota, budget, eligibility, antennas, validity) do not cover, e.g. "at most 50 € of goods per
 * person per month". A kind carries its own settings (the plugin builds it with them): the rules
 * file cannot configure plugin kinds in this SPI version. {@code Terrain.check} runs every
 * registered kind with the rules of a rule set, into one {@code RulesCheck}.
 *
 * <p>Contract: {@link #check} reads the dataset only, never throws on bad data (rows that cannot be
 * read are skipped, as the rules check does), gives the same violations in the same order for the
 * same dataset and date, looks at no row dated after {@code asOf}, and keeps no state between
 * calls. A kind that throws is reported as {@code TER-0510}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface DistributionRuleKind {
  /** {@return the kind's id, unique among kinds, e.g. {@code fdss.value-cap-per-month}} */
  String id();

  /** {@return one sentence saying what the kind checks, for listings} */
  String description();

  /**
   * Checks the ledger as of a date.
   *
   * @param dataset the dataset (it should validate)
   * @param asOf rows dated after it are left out
   * @return the violations, in date order
   */
  List<RuleKindViolation> check(Dataset dataset, LocalDate asOf);
}
