package be.terrain.platform.internal;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.platform.PluginReport;
import be.terrain.platform.PluginReport.Contribution;
import be.terrain.platform.spi.ExtensionProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads plugins defensively into a {@link Registry}: what cannot be loaded, is malformed,
 * incompatible or a duplicate is refused before registering; the others register in order of
 * priority (highest first), then id, each into its own staging copy, kept only when it registered
 * without a refusal.
 */
public final class PluginLoader {
  private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);
  private static final Pattern VERSION = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");
  private static final Pattern PROVIDER = Pattern.compile("Provider (\\S+)|: (\\S+) not a subtype");
  private static final int MAX_LOADER_ERRORS = 1000;

  /** What loading gave. */
  public record Result(Registry registry, List<PluginReport> reports) {}

  private record Identity(
      Candidate candidate, String id, String version, String spi, int priority, int order) {}

  private final List<PluginReport> refusedEarly = new ArrayList<>();

  private final Map<Class<?>, ExtensionProvider> providers;

  private PluginLoader(Map<Class<?>, ExtensionProvider> providers) {
    this.providers = Map.copyOf(providers);
  }

  /** The plugins a class loader's service loader finds (a failure is a candidate too). */
  public static List<Candidate> discover(ClassLoader loader) {
    List<Candidate> out = new ArrayList<>();
    Iterator<TerrainPlugin> it = ServiceLoader.load(TerrainPlugin.class, loader).iterator();
    int errors = 0;
    while (errors < MAX_LOADER_ERRORS) {
      try {
        if (!it.hasNext()) {
          break;
        }
        out.add(Candidate.of(it.next()));
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        errors++;
        LOG.warn("a plugin could not be loaded", e);
        out.add(Candidate.failed(providerName(e), describe(e)));
      }
    }
    return out;
  }

  private static String providerName(Throwable e) {
    Matcher m = PROVIDER.matcher(String.valueOf(e.getMessage()));
    if (m.find()) {
      return m.group(1) != null ? m.group(1) : m.group(2);
    }
    return "?";
  }

  /** A throwable as a message: its own, and its causes'. */
  static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(String.valueOf(e));
    Throwable c = e.getCause();
    for (int depth = 0; c != null && c != e && depth < 3; depth++, c = c.getCause()) {
      b.append("; caused by ").append(c);
    }
    return b.toString();
  }

  /**
   * Loads the candidates, in the order given for equal priorities and ids.
   *
   * @param providers the other modules' extension points, by context type
   */
  public static Result load(
      List<Candidate> candidates, Map<Class<?>, ExtensionProvider> providers) {
    return new PluginLoader(providers).run(candidates);
  }

  /**
   * The modules' extension providers a class loader's service loader finds, by context type (the
   * first found for a type wins).
   */
  public static void discoverProviders(ClassLoader loader, Map<Class<?>, ExtensionProvider> into) {
    try {
      for (ExtensionProvider p : ServiceLoader.load(ExtensionProvider.class, loader)) {
        into.putIfAbsent(p.contextType(), p);
      }
    } catch (ServiceConfigurationError e) {
      LOG.warn("a module's extension points could not be loaded", e);
    }
  }

  private Result run(List<Candidate> candidates) {
    List<Identity> valid = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Identity id = identify(candidates.get(i), i);
      if (id != null) {
        valid.add(id);
      }
    }
    valid.sort(
        Comparator.comparingInt((Identity x) -> -x.priority())
            .thenComparing(Identity::id)
            .thenComparingInt(Identity::order));
    Registry committed = new Registry();
    List<PluginReport> reports = new ArrayList<>();
    Map<String, Identity> kept = new HashMap<>();
    for (Identity x : valid) {
      Identity first = kept.get(x.id());
      if (first != null) {
        refusedEarly.add(
            refused(x, List.of(problem(x, ProblemCodes.PLUGIN_DUPLICATE, first.version()))));
        continue;
      }
      kept.put(x.id(), x);
      Staging staging = new Staging(x.id(), committed.copy(), providers);
      List<Problem> problems = new ArrayList<>();
      try {
        x.candidate().plugin().register(staging);
      } catch (RuntimeException | LinkageError e) {
        LOG.warn("plugin {} failed while registering", x.id(), e);
        problems.add(problem(x, ProblemCodes.PLUGIN_FAILED, describe(e)));
      }
      staging.finish();
      for (String c : new LinkedHashSet<>(staging.clashes())) {
        problems.add(problem(x, ProblemCodes.PLUGIN_CLASH, c));
      }
      for (String u : new LinkedHashSet<>(staging.unusable())) {
        problems.add(problem(x, ProblemCodes.PLUGIN_UNUSABLE, u));
      }
      if (problems.isEmpty()) {
        committed = staging.state();
        reports.add(report(x, PluginReport.Status.LOADED, staging.contributions(), warnings(x)));
        LOG.debug("plugin {} {} loaded: {}", x.id(), x.version(), staging.contributions());
      } else {
        reports.add(refused(x, problems));
      }
    }
    reports.addAll(refusedEarly);
    return new Result(committed, reports);
  }

  /** Reads the identity; null (and a report) when malformed, incompatible or not loaded. */
  private Identity identify(Candidate c, int order) {
    if (c.plugin() == null) {
      Problem p =
          Problem.of(ProblemCodes.PLUGIN_NOT_LOADED).at(at(c)).args(c.type(), c.failure()).build();
      refusedEarly.add(
          new PluginReport(
              c.type(),
              "?",
              "?",
              c.type(),
              c.source(),
              PluginReport.Status.REFUSED,
              List.of(),
              List.of(p)));
      LOG.warn("plugin refused: {}", p.message());
      return null;
    }
    String id = null;
    String version = null;
    String spi = null;
    int priority;
    try {
      id = c.plugin().id();
      version = c.plugin().version();
      spi = c.plugin().spiVersion();
      priority = c.plugin().priority();
    } catch (RuntimeException | LinkageError e) {
      return invalid(c, id, version, spi, "asking its identity threw " + describe(e));
    }
    if (id == null || !Staging.ID.matcher(id).matches()) {
      return invalid(
          c,
          null,
          version,
          spi,
          "id '"
              + id
              + "' is not 1 to 64 characters of a-z 0-9 . _ - starting with a letter or digit");
    }
    if (version == null || version.isBlank()) {
      return invalid(c, id, null, spi, "version is blank");
    }
    Matcher theirs = spi == null ? null : VERSION.matcher(spi);
    if (theirs == null || !theirs.matches()) {
      return invalid(
          c,
          id,
          version,
          spi,
          "SPI version '" + spi + "' is not major.minor, e.g. " + TerrainPlugin.SPI_VERSION);
    }
    Matcher ours = VERSION.matcher(TerrainPlugin.SPI_VERSION);
    if (!ours.matches()) {
      throw new IllegalStateException(
          "SPI_VERSION " + TerrainPlugin.SPI_VERSION + " is not major.minor");
    }
    Identity x = new Identity(c, id, version, spi, priority, order);
    if (Integer.parseInt(theirs.group(1)) != Integer.parseInt(ours.group(1))) {
      refusedEarly.add(
          refused(
              x,
              List.of(
                  problem(x, ProblemCodes.PLUGIN_INCOMPATIBLE, spi, TerrainPlugin.SPI_VERSION))));
      return null;
    }
    return x;
  }

  private List<Problem> warnings(Identity x) {
    Matcher theirs = VERSION.matcher(x.spi());
    Matcher ours = VERSION.matcher(TerrainPlugin.SPI_VERSION);
    if (theirs.matches()
        && ours.matches()
        && Integer.parseInt(theirs.group(2)) > Integer.parseInt(ours.group(2))) {
      Problem p = problem(x, ProblemCodes.PLUGIN_NEWER_SPI, x.spi(), TerrainPlugin.SPI_VERSION);
      LOG.warn("{}", p.message());
      return List.of(p);
    }
    return List.of();
  }

  private Identity invalid(Candidate c, String id, String version, String spi, String what) {
    String name = id != null && Staging.ID.matcher(id).matches() ? id : c.type();
    Problem p = Problem.of(ProblemCodes.PLUGIN_INVALID).at(at(c)).args(name, what).build();
    LOG.warn("plugin refused: {}", p.message());
    refusedEarly.add(
        new PluginReport(
            name,
            text(version),
            text(spi),
            c.type(),
            c.source(),
            PluginReport.Status.REFUSED,
            List.of(),
            List.of(p)));
    return null;
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? "?" : s;
  }

  private static Location at(Candidate c) {
    return c.source().map(Location::ofFile).orElse(Location.NONE);
  }

  private static Problem problem(Identity x, ProblemCode code, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = x.id();
    System.arraycopy(args, 0, all, 1, args.length);
    return Problem.of(code).at(at(x.candidate())).args(all).build();
  }

  private static PluginReport refused(Identity x, List<Problem> problems) {
    problems.forEach(p -> LOG.warn("plugin refused: {}", p.message()));
    return report(x, PluginReport.Status.REFUSED, List.of(), problems);
  }

  private static PluginReport report(
      Identity x,
      PluginReport.Status status,
      List<Contribution> contributions,
      List<Problem> problems) {
    return new PluginReport(
        x.id(),
        x.version(),
        x.spi(),
        x.candidate().type(),
        x.candidate().source(),
        status,
        contributions,
        problems);
  }
}
