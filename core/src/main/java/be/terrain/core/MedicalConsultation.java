package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.validation.CodeOf;
import be.terrain.core.validation.TerrainId;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A medical consultation. Its coverage is the one at the time of the consultation; when empty, a
 * report takes the person's profile value as of the consultation's date.
 *
 * @param id unique among health interventions
 * @param date the day
 * @param antennaId the antenna
 * @param personId the person; empty when anonymous
 * @param coverage a {@code health_coverage} code
 * @param reason a {@code consultation_reason} code
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MedicalConsultation(
    @TerrainId String id,
    LocalDate date,
    @TerrainId String antennaId,
    Optional<@TerrainId String> personId,
    Optional<@CodeOf("health_coverage") String> coverage,
    Optional<@CodeOf("consultation_reason") String> reason)
    implements HealthIntervention {

  /**
   * Refuses nulls; everything else is checked by validation.
   *
   * @param id unique among health interventions
   * @param date the day
   * @param antennaId the antenna
   * @param personId the person; empty when anonymous
   * @param coverage a {@code health_coverage} code
   * @param reason a {@code consultation_reason} code
   */
  public MedicalConsultation {
    requireNonNull(id, "id");
    requireNonNull(date, "date");
    requireNonNull(antennaId, "antennaId");
    requireNonNull(personId, "personId");
    requireNonNull(coverage, "coverage");
    requireNonNull(reason, "reason");
  }

  @Override
  public String kind() {
    return MEDICAL_CONSULTATION;
  }
}
