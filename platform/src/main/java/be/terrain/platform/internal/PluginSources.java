package be.terrain.platform.internal;

import be.terrain.core.spi.TerrainPlugin;
import be.terrain.platform.spi.ExtensionProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a Terrain's plugins come from, in the order given (plugins added by hand, class loaders to
 * discover with), and the one list of candidates they make: the modules' built-ins first, then each
 * source's plugins, a plugin class counted once. Not thread-safe.
 */
public final class PluginSources {
  private static final Logger LOG = LoggerFactory.getLogger(PluginSources.class);

  /** Where plugins come from. */
  private sealed interface Source {}

  private record ByHand(TerrainPlugin plugin) implements Source {}

  private record Discovery(ClassLoader loader) implements Source {}

  private final List<Source> sources = new ArrayList<>();

  /** Adds a class loader to find plugins with. */
  public void discover(ClassLoader loader) {
    sources.add(new Discovery(loader));
  }

  /** Adds a plugin by hand. */
  public void add(TerrainPlugin plugin) {
    sources.add(new ByHand(plugin));
  }

  /**
   * Loads the plugins of every source and the built-ins of the modules' extension providers found
   * with the platform's class loader and the sources'.
   *
   * @param platform the platform's class loader
   */
  public PluginLoader.Result load(ClassLoader platform) {
    Map<Class<?>, ExtensionProvider> providers = new LinkedHashMap<>();
    PluginLoader.discoverProviders(platform, providers);
    for (Source s : sources) {
      if (s instanceof Discovery d) {
        PluginLoader.discoverProviders(d.loader(), providers);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    for (ExtensionProvider p : providers.values()) {
      for (TerrainPlugin builtIn : p.builtIns()) {
        if (seen.add(builtIn.getClass())) {
          candidates.add(Candidate.of(builtIn));
        }
      }
    }
    Set<Class<?>> discovered = new HashSet<>();
    Set<TerrainPlugin> added = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Source s : sources) {
      if (s instanceof ByHand h) {
        TerrainPlugin p = h.plugin();
        if (!discovered.contains(p.getClass()) && added.add(p)) {
          seen.add(p.getClass());
          candidates.add(Candidate.of(p));
        }
        continue;
      }
      for (Candidate c : PluginLoader.discover(((Discovery) s).loader())) {
        if (c.plugin() == null || seen.add(c.plugin().getClass())) {
          if (c.plugin() != null) {
            discovered.add(c.plugin().getClass());
          }
          candidates.add(c);
        } else {
          LOG.debug("plugin class {} found again: counted once", c.type());
        }
      }
    }
    return PluginLoader.load(candidates, providers);
  }
}
