package be.terrain.core.spi;

import org.apiguardian.api.API;

/**
 * A plugin: a named, versioned bundle of extensions that registers them through the context it is
 * handed, never by reaching into Terrain's internals (as Jackson's {@code Module.setupModule}).
 * Found by {@link java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/be.terrain.core.spi.TerrainPlugin}) when the application asks for discovery, or
 * added by hand.
 *
 * <pre>{@code
 * public final class FdssPlugin implements TerrainPlugin {
 *   public String id() { return "fdss"; }
 *   public String version() { return "1.0.0"; }
 *   public String spiVersion() { return SPI_VERSION; }   // compiled in: the version built against
 *   public void register(PluginContext context) {
 *     context.addCodeList(AGE_BAND_10);
 *     context.addDatasetRule(new MedibusAtHainaut());
 *     StatsPluginContext.of(context).addReportDefinition("fdss-2020", FDSS_2020);
 *   }
 * }
 * }</pre>
 *
 * <p>Loading is defensive: a plugin whose identity is malformed, whose SPI major version differs,
 * whose id is taken, whose {@link #register} throws or whose registrations clash with what is
 * registered is refused and reported by id with a {@code TER-05xx} problem; none of its
 * registrations is kept. Implementations need a public no-argument constructor for the service
 * loader and should do nothing costly before {@link #register}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface TerrainPlugin {
  /**
   * The version of this SPI, {@code major.minor}. A compile-time constant: a plugin whose {@link
   * #spiVersion()} returns it records the version it was compiled against, which is checked at load
   * (the major versions must be equal; a plugin built for a newer minor version is loaded with a
   * warning).
   */
  String SPI_VERSION = "1.0";

  /**
   * {@return the plugin's id: 1 to 64 characters of {@code a-z 0-9 . _ -}, starting with a letter
   * or digit, e.g. {@code fdss}} Unique among loaded plugins; Terrain's built-ins are {@code
   * terrain-*}.
   */
  String id();

  /** {@return the plugin's own version, e.g. {@code 1.2.0}; shown in reports of what was loaded} */
  String version();

  /**
   * {@return the SPI version the plugin was built for: return {@link #SPI_VERSION}, which the
   * compiler copies into the plugin's class}
   */
  String spiVersion();

  /**
   * {@return the order of loading: plugins of higher priority register first (so, among plugins
   * with one id, the highest priority is kept, and a clash refuses the plugin of lower priority)}
   * Ties load in id order. Default 0; Terrain's built-ins use 1000.
   */
  default int priority() {
    return 0;
  }

  /**
   * Registers the plugin's extensions. Called once, from one thread. Whatever the context refuses
   * (a clash, an unusable registration) refuses the whole plugin once this returns; an exception
   * thrown here does too.
   *
   * @param context where to register, for this plugin only
   */
  void register(PluginContext context);
}
