package be.terrain.core.spi;

import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeRegistry;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What a {@link DatasetFormat} reads with. A record, so that a later minor SPI version can add a
 * setting with a default without breaking formats.
 *
 * @param codes the code lists codes are checked against: Terrain's merged registry, with plugins'
 *     lists and codes
 * @param today the day the input is read, for the date rules
 * @param settings format-specific settings by name, e.g. {@code dialect=excel-fr} for the CSV
 *     format; a format ignores the settings it does not know
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReadOptions(CodeRegistry codes, LocalDate today, Map<String, String> settings) {
  /**
   * The setting that bounds how many problems a read keeps (a positive integer; default {@value
   * be.terrain.core.DatasetBuilder#DEFAULT_PROBLEM_LIMIT}): see {@link
   * be.terrain.core.DatasetBuilder#problemLimit}. Every format of Terrain honours it.
   */
  public static final String PROBLEM_LIMIT = "problem_limit";

  /**
   * Checks for nulls and copies the settings.
   *
   * @param codes the code lists codes are checked against: Terrain's merged registry, with plugins'
   *     lists and codes
   * @param today the day the input is read, for the date rules
   * @param settings format-specific settings by name, e.g. {@code dialect=excel-fr} for the CSV
   *     format; a format ignores the settings it does not know
   */
  public ReadOptions {
    requireNonNull(codes, "codes");
    requireNonNull(today, "today");
    settings = Map.copyOf(new TreeMap<>(settings));
  }

  /**
   * Options without settings.
   *
   * @param codes the code lists codes are checked against: Terrain's merged registry, with plugins'
   *     lists and codes
   * @param today the day the input is read, for the date rules
   */
  public ReadOptions(CodeRegistry codes, LocalDate today) {
    this(codes, today, Map.of());
  }

  /**
   * {@return the standard code lists, as of a day}
   *
   * @param today the day the input is read, for the date rules
   */
  public static ReadOptions standard(LocalDate today) {
    return new ReadOptions(CodeRegistry.standard(), today);
  }

  /**
   * {@return a copy with one more setting (replacing one of that name)}
   *
   * @param name the setting's name, e.g. {@code dialect}
   * @param value its value, as the user gave it
   */
  public ReadOptions withSetting(String name, String value) {
    TreeMap<String, String> s = new TreeMap<>(settings);
    s.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
    return new ReadOptions(codes, today, s);
  }

  /**
   * {@return the {@link #PROBLEM_LIMIT} setting, else the default}
   *
   * @throws IllegalArgumentException when the setting is not a positive integer
   */
  public int problemLimit() {
    String v = settings.get(PROBLEM_LIMIT);
    if (v == null) {
      return be.terrain.core.DatasetBuilder.DEFAULT_PROBLEM_LIMIT;
    }
    try {
      int limit = Integer.parseInt(v);
      if (limit >= 1) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(PROBLEM_LIMIT + " must be a positive integer: '" + v + "'");
  }

  /**
   * {@return a setting, if given}
   *
   * @param name the setting's name
   */
  public Optional<String> setting(String name) {
    return Optional.ofNullable(settings.get(requireNonNull(name, "name")));
  }
}
