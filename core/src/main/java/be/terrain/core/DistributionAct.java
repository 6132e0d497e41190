package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.validation.TerrainId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One distribution act: the items handed out to one person (or left anonymously) at one antenna on
 * one day. In files, each item is one row and rows with the same id form the act.
 *
 * @param id the act's id
 * @param date the day
 * @param antennaId the antenna
 * @param personId the person; empty when anonymous (e.g. material left at a bar)
 * @param items the items, each named once
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DistributionAct(
    @TerrainId String id,
    LocalDate date,
    @TerrainId String antennaId,
    Optional<@TerrainId String> personId,
    @NotEmpty(message = "TER-0101") List<@Valid DistributionItem> items) {

  /**
   * Refuses nulls and copies the items; everything else is checked by validation.
   *
   * @param id the act's id
   * @param date the day
   * @param antennaId the antenna
   * @param personId the person; empty when anonymous (e.g. material left at a bar)
   * @param items the items, each named once
   */
  public DistributionAct {
    requireNonNull(id, "id");
    requireNonNull(date, "date");
    requireNonNull(antennaId, "antennaId");
    requireNonNull(personId, "personId");
    items = List.copyOf(items);
  }
}
