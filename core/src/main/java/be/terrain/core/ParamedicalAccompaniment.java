package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.validation.CodeOf;
import be.terrain.core.validation.TerrainId;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Going with a person to, or arranging care with, a health professional.
 *
 * @param id unique among health interventions
 * @param date the day
 * @param antennaId the antenna
 * @param personId the person; empty when anonymous
 * @param target a {@code paramedical_target} code
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ParamedicalAccompaniment(
    @TerrainId String id,
    LocalDate date,
    @TerrainId String antennaId,
    Optional<@TerrainId String> personId,
    @CodeOf("paramedical_target") String target)
    implements HealthIntervention {

  /**
   * Refuses nulls; everything else is checked by validation.
   *
   * @param id unique among health interventions
   * @param date the day
   * @param antennaId the antenna
   * @param personId the person; empty when anonymous
   * @param target a {@code paramedical_target} code
   */
  public ParamedicalAccompaniment {
    requireNonNull(id, "id");
    requireNonNull(date, "date");
    requireNonNull(antennaId, "antennaId");
    requireNonNull(personId, "personId");
    requireNonNull(target, "target");
  }

  @Override
  public String kind() {
    return PARAMEDICAL_ACCOMPANIMENT;
  }
}
