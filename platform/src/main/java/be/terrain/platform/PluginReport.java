package be.terrain.platform;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Problem;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What became of one plugin when a {@link Terrain} was built: loaded, with what it registered, or
 * refused, with the problems that say why ({@code TER-05xx}). A loaded plugin may carry a warning
 * ({@code TER-0508}: built for a newer minor SPI version).
 *
 * @param id the plugin's id; the class name when the plugin could not be asked
 * @param version the plugin's version; {@code ?} when unknown
 * @param spiVersion the SPI version it was built for; {@code ?} when unknown
 * @param type the plugin's class name, or what the service loader named
 * @param source the jar or folder the plugin's class came from, when known
 * @param status loaded or refused
 * @param contributions what it registered (empty when refused), in registration order
 * @param problems why it was refused, or warnings when loaded
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PluginReport(
    String id,
    String version,
    String spiVersion,
    String type,
    Optional<String> source,
    Status status,
    List<Contribution> contributions,
    List<Problem> problems) {

  /** Whether a plugin was loaded. */
  public enum Status {
    /** Registered: its extensions are in the {@link Terrain}. */
    LOADED,
    /** Left out: nothing it registered was kept. */
    REFUSED
  }

  /**
   * One thing a plugin registered.
   *
   * @param point the extension point: {@code code-list}, {@code codes}, {@code dataset-rule},
   *     {@code rule-kind}, {@code dataset-format}, {@code dimension}, {@code table}, {@code
   *     report-definition} or {@code report-format}
   * @param name what was registered, e.g. {@code age_band_10} or {@code contact_channel: FESTIVAL}
   */
  public record Contribution(String point, String name) {
    /**
     * Checks for nulls.
     *
     * @param point the extension point: {@code code-list}, {@code codes}, {@code dataset-rule},
     *     {@code rule-kind}, {@code dataset-format}, {@code dimension}, {@code table}, {@code
     *     report-definition} or {@code report-format}
     * @param name what was registered, e.g. {@code age_band_10} or {@code contact_channel:
     *     FESTIVAL}
     */
    public Contribution {
      requireNonNull(point, "point");
      requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return point + " " + name;
    }
  }

  /**
   * Checks for nulls and copies the lists.
   *
   * @param id the plugin's id; the class name when the plugin could not be asked
   * @param version the plugin's version; {@code ?} when unknown
   * @param spiVersion the SPI version it was built for; {@code ?} when unknown
   * @param type the plugin's class name, or what the service loader named
   * @param source the jar or folder the plugin's class came from, when known
   * @param status loaded or refused
   * @param contributions what it registered (empty when refused), in registration order
   * @param problems why it was refused, or warnings when loaded
   */
  public PluginReport {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    requireNonNull(spiVersion, "spiVersion");
    requireNonNull(type, "type");
    requireNonNull(source, "source");
    requireNonNull(status, "status");
    contributions = List.copyOf(contributions);
    problems = List.copyOf(problems);
  }

  /** {@return whether the plugin was loaded} */
  public boolean isLoaded() {
    return status == Status.LOADED;
  }

  /**
   * One line: {@code fdss 1.0.0 (SPI 1.0) LOADED} or {@code fdss 1.0.0 (SPI 2.0) REFUSED: TER-0502
   * ...}.
   */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder()
            .append(id)
            .append(' ')
            .append(version)
            .append(" (SPI ")
            .append(spiVersion)
            .append(") ")
            .append(status);
    for (Problem p : problems) {
      b.append(isLoaded() ? "; " : ": ").append(p.code().code()).append(' ').append(p.message());
    }
    return b.toString();
  }
}
