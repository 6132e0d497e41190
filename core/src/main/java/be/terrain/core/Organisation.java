package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.validation.TerrainId;
import org.apiguardian.api.API;

/**
 * The organisation whose records a dataset holds.
 *
 * @param id identifier within a federation
 * @param name display name
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Organisation(@TerrainId String id, String name) {
  /**
   * Refuses nulls; everything else is checked by validation.
   *
   * @param id identifier within a federation
   * @param name display name
   */
  public Organisation {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
  }
}
