package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.validation.CodeOf;
import be.terrain.core.validation.TerrainId;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A psychosocial step taken with or for a person (at the CPAS, the municipality, a court...).
 *
 * @param id unique among accompaniments
 * @param date the day
 * @param antennaId the antenna
 * @param personId the person accompanied
 * @param domain an {@code accompaniment_domain} code
 * @param mode an {@code accompaniment_mode} code
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Accompaniment(
    @TerrainId String id,
    LocalDate date,
    @TerrainId String antennaId,
    @TerrainId String personId,
    @CodeOf("accompaniment_domain") String domain,
    Optional<@CodeOf("accompaniment_mode") String> mode) {

  /**
   * Refuses nulls; everything else is checked by validation.
   *
   * @param id unique among accompaniments
   * @param date the day
   * @param antennaId the antenna
   * @param personId the person accompanied
   * @param domain an {@code accompaniment_domain} code
   * @param mode an {@code accompaniment_mode} code
   */
  public Accompaniment {
    requireNonNull(id, "id");
    requireNonNull(date, "date");
    requireNonNull(antennaId, "antennaId");
    requireNonNull(personId, "personId");
    requireNonNull(domain, "domain");
    requireNonNull(mode, "mode");
  }
}
