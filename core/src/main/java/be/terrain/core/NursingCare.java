package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.validation.CodeOf;
import be.terrain.core.validation.TerrainId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Nursing care. A rapid test ({@code act} RAPID_TEST) names the pathogens it tests for; other acts
 * name none.
 *
 * @param id unique among health interventions
 * @param date the day
 * @param antennaId the antenna
 * @param personId the person; empty when anonymous
 * @param act a {@code nursing_act} code
 * @param pathogens {@code pathogen} codes, for rapid tests only, no repeats
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NursingCare(
    @TerrainId String id,
    LocalDate date,
    @TerrainId String antennaId,
    Optional<@TerrainId String> personId,
    @CodeOf("nursing_act") String act,
    List<@CodeOf("pathogen") String> pathogens)
    implements HealthIntervention {

  /** The {@code nursing_act} of a rapid test. */
  public static final String RAPID_TEST = "RAPID_TEST";

  /**
   * Refuses nulls and copies the pathogens; everything else is checked by validation.
   *
   * @param id unique among health interventions
   * @param date the day
   * @param antennaId the antenna
   * @param personId the person; empty when anonymous
   * @param act a {@code nursing_act} code
   * @param pathogens {@code pathogen} codes, for rapid tests only, no repeats
   */
  public NursingCare {
    requireNonNull(id, "id");
    requireNonNull(date, "date");
    requireNonNull(antennaId, "antennaId");
    requireNonNull(personId, "personId");
    requireNonNull(act, "act");
    pathogens = List.copyOf(pathogens);
  }

  @Override
  public String kind() {
    return NURSING_CARE;
  }
}
