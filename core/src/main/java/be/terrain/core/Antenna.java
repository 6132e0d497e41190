package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.validation.CodeOf;
import be.terrain.core.validation.ProvinceCode;
import be.terrain.core.validation.TerrainId;
import org.apiguardian.api.API;

/**
 * A site of the organisation: a main service or a satellite antenna.
 *
 * @param id unique among antennas
 * @param name display name, e.g. "Antenne Extra Ring"
 * @param province ISO 3166-2 code of its Belgian province or region, e.g. {@code BE-WHT}
 * @param kind an {@code antenna_kind} code
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Antenna(
    @TerrainId String id,
    String name,
    @ProvinceCode String province,
    @CodeOf("antenna_kind") String kind) {
  /**
   * Refuses nulls; everything else is checked by validation.
   *
   * @param id unique among antennas
   * @param name display name, e.g. "Antenne Extra Ring"
   * @param province ISO 3166-2 code of its Belgian province or region, e.g. {@code BE-WHT}
   * @param kind an {@code antenna_kind} code
   */
  public Antenna {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(province, "province");
    requireNonNull(kind, "kind");
  }
}
