package be.terrain.platform.spi;

import be.terrain.core.CodeRegistry;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What one plugin's registration stages, as an {@link ExtensionProvider}'s context sees it: named
 * registrations grouped by extension point (e.g. {@code report-definition}), the code lists as
 * registered so far, and the refusals. Nothing is visible to the platform until the plugin has
 * registered without a refusal; a refused plugin leaves nothing behind.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ExtensionStaging {
  /** {@return the id of the plugin being registered} */
  String pluginId();

  /** {@return the code lists as registered so far, this plugin's staged registrations included} */
  CodeRegistry codes();

  /**
   * What is registered at a point so far (earlier plugins' and this one's).
   *
   * @param point the extension point, e.g. {@code dimension}
   * @return the values by key, in registration order; empty when nothing is registered there
   */
  Map<String, Object> registered(String point);

  /**
   * Registers a value at a point under a key, or records a clash when the key is taken there.
   *
   * @param point the extension point, e.g. {@code dimension}
   * @param key the key the value is looked up by, unique at the point
   * @param value the extension
   * @param name how the registration is listed in the plugin's report, e.g. {@code age_band_10}
   * @param clash the start of the clash message, e.g. {@code dimension 'x' is already registered};
   *     the owner is appended
   * @return whether it was registered
   * @throws IllegalStateException when the plugin's {@code register} has returned
   */
  boolean add(String point, String key, Object value, String name, String clash);

  /**
   * Records a registration that cannot be used: the plugin is refused ({@code TER-0506}).
   *
   * @param why the message of the refusal, naming the registration
   */
  void unusable(String why);

  /**
   * A check to run once the plugin has registered everything (e.g. that a table's code list was
   * registered, possibly after the table).
   *
   * @param check the check, which refuses the plugin by calling {@link #unusable(String)}
   */
  void afterRegistering(Runnable check);
}
