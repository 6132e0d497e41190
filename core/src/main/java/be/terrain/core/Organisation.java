package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.validation.TerrainId;

/**
 * The organisation whose records a dataset holds.
 *
 * @param id identifier within a federation
 * @param name display name
 */
public record Organisation(@TerrainId String id, String name) {
  /** Refuses nulls; everything else is checked by validation. */
  public Organisation {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
  }
}
