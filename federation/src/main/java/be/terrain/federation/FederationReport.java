package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Period;
import be.terrain.stats.Rounding;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A federation report ({@code terrain-federation-report/1}): the members' contributions merged, for
 * the FEDERATION, each PROVINCE and each MEMBER, tables sorted by id then scope. Made by {@link
 * Federation#merge}; written by {@link FederationReportJson}.
 *
 * @param federation the federation's id
 * @param period the period
 * @param definition the report definition's name
 * @param rounding how percents were rounded
 * @param suppressBelow the small-count threshold applied, if any
 * @param linkage the key id and method, when the members' sketches were merged
 * @param members the members, sorted by organisation
 * @param tables the tables
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FederationReport(
    String federation,
    Period period,
    String definition,
    Rounding rounding,
    OptionalInt suppressBelow,
    Optional<Linkage> linkage,
    List<FederationMember> members,
    List<FederationTable> tables) {

  /** The format name written in the file. */
  public static final String FORMAT = "terrain-federation-report/1";

  /**
   * Refuses nulls and copies the lists.
   *
   * @param federation the federation's id
   * @param period the period
   * @param definition the report definition's name
   * @param rounding how percents were rounded
   * @param suppressBelow the small-count threshold applied, if any
   * @param linkage the key id and method, when the members' sketches were merged
   * @param members the members, sorted by organisation
   * @param tables the tables
   */
  public FederationReport {
    requireNonNull(federation, "federation");
    requireNonNull(period, "period");
    requireNonNull(definition, "definition");
    requireNonNull(rounding, "rounding");
    requireNonNull(suppressBelow, "suppressBelow");
    requireNonNull(linkage, "linkage");
    members = List.copyOf(members);
    tables = List.copyOf(tables);
  }

  /**
   * The table with an id at a scope.
   *
   * @param id a table's id, e.g. {@code profile.sex}
   * @param scope a member's, a province's or the federation's scope
   * @return the table, or empty when the report has none there
   */
  public Optional<FederationTable> table(String id, FederationScope scope) {
    return tables.stream().filter(t -> t.id().equals(id) && t.scope().equals(scope)).findFirst();
  }
}
