package be.terrain.platform.spi;

import static java.util.Objects.requireNonNull;

import be.terrain.core.spi.TerrainPlugin;
import be.terrain.platform.Terrain;
import org.apiguardian.api.API;

/**
 * A plugin of Terrain's own modules (the statistics' standard report, the CSV and JSON formats and
 * report writers): its version is Terrain's, it is built for this SPI version, and it registers
 * before other plugins (priority 1000). For Terrain's modules; a plugin of another project
 * implements {@link TerrainPlugin} with its own identity.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public abstract class BuiltInPlugin implements TerrainPlugin {
  private final String id;

  /**
   * A built-in plugin of that id.
   *
   * @param id the plugin's id, {@code terrain-*}
   */
  protected BuiltInPlugin(String id) {
    this.id = requireNonNull(id, "id");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String version() {
    return Terrain.version();
  }

  @Override
  public final String spiVersion() {
    return SPI_VERSION;
  }

  /** {@return 1000: Terrain's built-ins register before other plugins} */
  @Override
  public final int priority() {
    return 1000;
  }
}
