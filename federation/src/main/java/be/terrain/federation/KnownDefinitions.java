package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeRegistry;
import be.terrain.platform.Terrain;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.Reports;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The report definitions a contribution may name, by name, with the code lists their rows come
 * from: what the strict reader checks a contribution's tables and codes against.
 *
 * @param codes the code lists
 * @param definitions the definitions by the name contributions give them
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record KnownDefinitions(CodeRegistry codes, Map<String, ReportDefinition> definitions) {
  /**
   * Refuses nulls and copies the map.
   *
   * @param codes the code lists
   * @param definitions the definitions by the name contributions give them
   */
  public KnownDefinitions {
    requireNonNull(codes, "codes");
    definitions = Map.copyOf(definitions);
  }

  /** {@return the standard definition (named {@value Contributions#STANDARD}) and code lists} */
  public static KnownDefinitions standard() {
    return new KnownDefinitions(
        CodeRegistry.standard(), Map.of(Contributions.STANDARD, ReportDefinition.standard()));
  }

  /**
   * Every definition registered with a Terrain (its plugins' included) and its code lists.
   *
   * @param terrain the Terrain whose definitions contributions may name
   * @return those definitions
   */
  public static KnownDefinitions of(Terrain terrain) {
    return new KnownDefinitions(terrain.codes(), Reports.of(terrain).definitions());
  }

  /**
   * The definition of a name.
   *
   * @param name the name a contribution gives, e.g. {@value Contributions#STANDARD}
   * @return the definition, or empty when none has that name
   */
  public Optional<ReportDefinition> find(String name) {
    return Optional.ofNullable(definitions.get(name));
  }
}
