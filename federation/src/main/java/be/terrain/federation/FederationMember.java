package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * A member of a federation report: its organisation and the provenance of its contribution.
 *
 * @param organisation the organisation id
 * @param provenance its contribution's provenance
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FederationMember(String organisation, Provenance provenance) {
  /**
   * Refuses nulls.
   *
   * @param organisation the organisation id
   * @param provenance its contribution's provenance
   */
  public FederationMember {
    requireNonNull(organisation, "organisation");
    requireNonNull(provenance, "provenance");
  }
}
