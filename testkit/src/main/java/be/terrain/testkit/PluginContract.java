package be.terrain.testkit;

import static be.terrain.testkit.Clauses.broken;
import static be.terrain.testkit.Clauses.named;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Problem;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.platform.PluginReport;
import be.terrain.platform.Terrain;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link TerrainPlugin} as a whole: it identifies itself (an id of {@code a-z 0-9
 * . _ -}, a version, this Terrain's SPI version), loads without a refusal beside Terrain's
 * built-ins and whatever the class path's service loader finds, registers the same things each
 * time, and is listed in {@code META-INF/services} so that discovery finds it.
 *
 * <pre>{@code
 * class FdssPluginTest extends PluginContract {
 *   protected TerrainPlugin plugin() { return new FdssPlugin(); }
 * }
 * }</pre>
 */
@DisplayName("PluginContract")
public abstract class PluginContract {
  private static final String CONTRACT = "PluginContract";

  /** {@return the plugin under test} */
  protected abstract TerrainPlugin plugin();

  /**
   * {@return whether discovery must find it (default true: it is listed in {@code
   * META-INF/services})}
   */
  protected boolean discoverable() {
    return true;
  }

  private PluginReport load(String clause, Terrain.Builder builder) {
    TerrainPlugin plugin = plugin();
    Terrain t = builder.add(plugin).build();
    PluginReport r =
        t.plugins().stream()
            .filter(p -> p.type().equals(plugin.getClass().getName()))
            .findFirst()
            .orElseThrow(() -> broken(CONTRACT, clause, "no report on the plugin: " + t.plugins()));
    if (!r.isLoaded()) {
      throw broken(
          CONTRACT,
          clause,
          "plugin "
              + r.id()
              + " was refused: "
              + r.problems().stream().map(Problem::toString).toList());
    }
    return r;
  }

  /** Identity. */
  @Nested
  @DisplayName("identifies itself")
  class Identity {
    @Test
    @DisplayName("has an id of a-z 0-9 . _ -, a version and this Terrain's SPI major version")
    void identity() {
      String clause = "has an id of a-z 0-9 . _ -, a version and this Terrain's SPI major version";
      TerrainPlugin p = plugin();
      assertThat(p.id()).as(named(CONTRACT, clause) + ": id").matches("[a-z0-9][a-z0-9._-]{0,63}");
      assertThat(p.version()).as(named(CONTRACT, clause) + ": version").isNotBlank();
      assertThat(p.spiVersion())
          .as(named(CONTRACT, clause) + ": SPI version")
          .matches("[0-9]+\\.[0-9]+");
      assertThat(p.spiVersion().split("\\.")[0])
          .as(named(CONTRACT, clause) + ": SPI major version")
          .isEqualTo(Terrain.SPI_VERSION.split("\\.")[0]);
    }

    @Test
    @DisplayName("is listed in META-INF/services, so that discovery finds it")
    void discoverable() {
      String clause = "is listed in META-INF/services, so that discovery finds it";
      if (!PluginContract.this.discoverable()) {
        return;
      }
      Class<?> type = plugin().getClass();
      boolean found =
          ServiceLoader.load(TerrainPlugin.class, type.getClassLoader()).stream()
              .anyMatch(p -> p.type().equals(type));
      assertThat(found)
          .as(
              named(CONTRACT, clause)
                  + ": "
                  + type.getName()
                  + " in META-INF/services/"
                  + TerrainPlugin.class.getName())
          .isTrue();
    }
  }

  /** Loading. */
  @Nested
  @DisplayName("loads")
  class Loads {
    @Test
    @DisplayName("without a refusal beside Terrain's built-ins")
    void alone() {
      load("without a refusal beside Terrain's built-ins", Terrain.builder());
    }

    @Test
    @DisplayName("without a refusal beside what discovery finds on the class path")
    void withOthers() {
      load(
          "without a refusal beside what discovery finds on the class path",
          Terrain.builder().findPlugins());
    }

    @Test
    @DisplayName("registers the same things each time")
    void sameEachTime() {
      String clause = "registers the same things each time";
      PluginReport first = load(clause, Terrain.builder());
      PluginReport second = load(clause, Terrain.builder());
      assertThat(second.contributions())
          .as(named(CONTRACT, clause))
          .isEqualTo(first.contributions());
    }
  }
}
