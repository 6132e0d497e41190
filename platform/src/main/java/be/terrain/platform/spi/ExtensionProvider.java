package be.terrain.platform.spi;

import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.TerrainPlugin;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A module's extension points, offered to plugins by the platform: the statistics module offers the
 * report's ({@code be.terrain.stats.spi.StatsPluginContext}) through one. Found with {@link
 * java.util.ServiceLoader} on the platform's class loader and on every class loader given to {@code
 * Terrain.Builder.findPlugins}; a module that is absent offers nothing, so that the platform needs
 * no module above it.
 *
 * <p>For module authors, not plugin authors: a plugin reaches the context with {@link
 * PluginContext#extension(Class)}. Implementations are stateless and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface ExtensionProvider {
  /** {@return the context interface plugins ask for, e.g. {@code StatsPluginContext.class}} */
  Class<?> contextType();

  /**
   * A context of {@link #contextType()} for one plugin's registration.
   *
   * @param staging where the plugin's registrations wait until it has registered without a refusal
   * @return the context handed to the plugin, an instance of {@link #contextType()}
   */
  Object open(ExtensionStaging staging);

  /**
   * Plugins always loaded with this module, whether or not plugins are discovered: the statistics
   * module's standard dimensions, tables and report.
   *
   * @return the built-in plugins; none by default
   */
  default List<TerrainPlugin> builtIns() {
    return List.of();
  }
}
