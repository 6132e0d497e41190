package be.terrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.platform.Terrain;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The class path's plugins load beside the parse only when they are the ones the command would load
 * itself (issue #13).
 */
class EarlyPluginsTest {
  private static final UnaryOperator<String> NO_ENVIRONMENT = name -> null;

  @Test
  void aCommandThatLoadsPluginsWithoutAPluginPathStartsLoadingThem() throws Exception {
    CompletableFuture<Terrain> early =
        EarlyPlugins.start(NO_ENVIRONMENT, "report", "data", "--year", "2020", "--out", "r.json");
    assertThat(early).isNotNull();
    Terrain loaded = early.get();
    assertThat(loaded.plugins()).isEqualTo(PluginPath.loadClassPath().plugins());
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "--debug", "validate", "data")).isNotNull();
  }

  @Test
  void aPluginPathAnywhereOrInTheEnvironmentLoadsNothingEarly() {
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "--plugin-path", "p", "report", "d")).isNull();
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "report", "d", "--plugin-path", "p")).isNull();
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "report", "d", "--plugin-path=p")).isNull();
    assertThat(EarlyPlugins.start(Map.of(PluginPath.ENV, "p")::get, "report", "d")).isNull();
    assertThat(EarlyPlugins.start(Map.of(PluginPath.ENV, " ")::get, "report", "d")).isNotNull();
  }

  @Test
  void helpVersionArgumentFilesAndCommandsWithoutPluginsLoadNothingEarly() {
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT)).isNull();
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "--help")).isNull();
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "report", "--help")).isNull();
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "report", "-h")).isNull();
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "-V")).isNull();
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "report", "@args.txt")).isNull();
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "@args.txt")).isNull();
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "check-table", "t.json")).isNull();
    assertThat(EarlyPlugins.start(NO_ENVIRONMENT, "reprot", "d")).isNull();
  }
}
