package be.terrain.core.spi;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a {@link TerrainPlugin} registers its extensions with, handed to {@link
 * TerrainPlugin#register}. The context stages what the plugin registers: nothing is visible to
 * Terrain until the plugin has registered everything without a refusal, and a refused plugin leaves
 * nothing behind.
 *
 * <p>A registration that clashes with one already made (by Terrain, by a plugin loaded earlier or
 * by this plugin) is not thrown at the plugin: it is recorded, and the plugin is refused when
 * {@link TerrainPlugin#register} returns. Misuse (a null argument) throws {@link
 * NullPointerException} at once.
 *
 * <p>Extension points of other modules (the report's: {@code
 * be.terrain.stats.spi.StatsPluginContext}) are reached through {@link #extension}, so that core
 * knows nothing of them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PluginContext {
  /** {@return the id of the plugin being registered} */
  String pluginId();

  /**
   * {@return the SPI version of the Terrain loading the plugin ({@link TerrainPlugin#SPI_VERSION})}
   */
  String spiVersion();

  /**
   * {@return the code lists as registered so far, this plugin's staged registrations included: to
   * look up a list before adding codes to it}
   */
  CodeRegistry codes();

  /**
   * Adds a new code list (e.g. a federation's ten-year age bands). Refused when a list with that id
   * is registered.
   *
   * @param list the new list, whose id no registered list has
   * @return this context, for chaining
   */
  PluginContext addCodeList(CodeList list);

  /**
   * Adds codes, with their labels in fr, nl and en, to a registered list (before its {@code
   * UNKNOWN}). Refused when the list is not registered or a code is in it already: a plugin can
   * never redefine a code.
   *
   * @param listId the list, e.g. {@code contact_channel}
   * @param codes the new codes, each of that list
   * @return this context, for chaining
   */
  PluginContext addCodes(String listId, List<Code> codes);

  /**
   * Adds a dataset rule, run after Terrain's own by {@code Terrain.validate} and {@code
   * Terrain.read}. Refused when a rule has that id or one of its problem codes is Terrain's ({@code
   * TER-}) or another rule's.
   *
   * @param rule the rule, with its own id and problem codes
   * @return this context, for chaining
   */
  PluginContext addDatasetRule(DatasetRule rule);

  /**
   * Adds a kind of distribution rule. Refused when a kind has that id.
   *
   * @param kind the rule kind, with its own id
   * @return this context, for chaining
   */
  PluginContext addDistributionRuleKind(DistributionRuleKind kind);

  /**
   * Adds a dataset format (a reader and writer). Refused when a format has that name.
   *
   * @param format the format, with its own name
   * @return this context, for chaining
   */
  PluginContext addDatasetFormat(DatasetFormat format);

  /**
   * The extension points of another module, when the Terrain loading the plugin offers them, e.g.
   * {@code context.extension(StatsPluginContext.class)}.
   *
   * @param type the extension context's interface
   * @return the context for this plugin, or empty when this Terrain has no such extension points
   * @param <T> the type of the extension context
   */
  <T> Optional<T> extension(Class<T> type);
}
