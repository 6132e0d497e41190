package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.federation.internal.Merger;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Merges members' contributions into a {@link FederationReport} ({@code federation.md}): sums and
 * history for contacts, acts and units; each member's exact figures; for distinct persons across
 * members, the exact bounds {@code [max, sum]} and, with linkage, the estimate of the union of the
 * members' sketches and its interval; then percents and small-count protection. Any order or
 * grouping of the same contributions gives the same report, byte for byte.
 *
 * <pre>{@code
 * FederationResult r = Federation.merge("fdss", contributions, FederationOptions.of());
 * r.report().ifPresent(report -> FederationReportJson.write(report, out));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Federation {
  private Federation() {}

  /**
   * Merges a set of contributions. Refused, with every reason, when they differ in period,
   * definition or (with linkage) key id, when an organisation appears twice, when some have linkage
   * and others not (linkage on), or when there is none.
   *
   * @param federationId the id of the FEDERATION scope
   * @param contributions the members' contributions
   * @param options rounding, suppression, linkage and the known definitions
   * @return the federation report, or the problems that refused the merge
   */
  public static FederationResult merge(
      String federationId, ContributionSet contributions, FederationOptions options) {
    requireNonNull(federationId, "federationId");
    requireNonNull(contributions, "contributions");
    requireNonNull(options, "options");
    if (federationId.isBlank()) {
      throw new IllegalArgumentException("the federation id must not be blank");
    }
    return Merger.merge(federationId, contributions.entries(), options);
  }

  /**
   * Merges contributions, each named after its organisation in problems.
   *
   * @param federationId the id of the FEDERATION scope
   * @param contributions the members' contributions, in any order
   * @param options rounding, suppression, linkage and the known definitions
   * @return the federation report, or the problems that refused the merge
   */
  public static FederationResult merge(
      String federationId, List<Contribution> contributions, FederationOptions options) {
    return merge(federationId, ContributionSet.of(contributions), options);
  }
}
