package be.terrain.federation;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.federation.internal.ContributionBuilder;
import be.terrain.federation.internal.LinkageCodes;
import be.terrain.platform.Terrain;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.Reports;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Makes a member's {@link Contribution} from its dataset, in the statistics engine's one pass: the
 * report's figures and, with a key, the sketches of the persons behind every PERSONS table come
 * from the same run. One HMAC per person with a linkage code; the codes never leave this call.
 *
 * <pre>{@code
 * Contribution c = Contributions.standard(dataset, Period.ofYear(2020),
 *     Optional.of(FederationKey.read(keyFile)),
 *     Provenance.of("terrain 0.2.0", datasetPath, dataset));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Contributions {
  /** The name of the standard report definition, as contributions name it. */
  public static final String STANDARD = "standard";

  private Contributions() {}

  /**
   * The contribution of the standard report ({@link ReportDefinition#standard()}).
   *
   * @param dataset a valid dataset
   * @param period the period reported on
   * @param key the federation key; empty for a contribution without linkage
   * @param provenance the dataset's origin, written in the contribution
   * @return the contribution, ready to write
   */
  public static Contribution standard(
      Dataset dataset, Period period, Optional<FederationKey> key, Provenance provenance) {
    return of(dataset, STANDARD, ReportDefinition.standard(), period, key, provenance);
  }

  /**
   * The contribution of a report definition.
   *
   * @param dataset a valid dataset
   * @param definitionName the definition's name as written in the contribution
   * @param definition the report definition whose tables are contributed
   * @param period the period reported on
   * @param key the federation key; empty for a contribution without linkage
   * @param provenance the dataset's origin, written in the contribution
   * @return the contribution, ready to write
   * @throws IllegalArgumentException when the definition does not fit the dataset's code lists
   */
  public static Contribution of(
      Dataset dataset,
      String definitionName,
      ReportDefinition definition,
      Period period,
      Optional<FederationKey> key,
      Provenance provenance) {
    return ContributionBuilder.build(
        dataset, definitionName, definition, period, key, provenance, LinkageCodes.of(dataset));
  }

  /**
   * The contribution of a definition registered with a Terrain (the standard one or a plugin's).
   *
   * @param terrain the Terrain whose plugins registered the definition
   * @param dataset a valid dataset
   * @param definitionName the name of a registered report definition, e.g. {@value #STANDARD}
   * @param period the period reported on
   * @param key the federation key; empty for a contribution without linkage
   * @param provenance the dataset's origin, written in the contribution
   * @return the contribution, ready to write
   * @throws IllegalArgumentException when no definition has that name
   */
  public static Contribution of(
      Terrain terrain,
      Dataset dataset,
      String definitionName,
      Period period,
      Optional<FederationKey> key,
      Provenance provenance) {
    ReportDefinition definition = Reports.of(terrain).definition(definitionName);
    return of(dataset, definitionName, definition, period, key, provenance);
  }
}
