package be.terrain.testkit;

import static be.terrain.testkit.Clauses.broken;
import static be.terrain.testkit.Clauses.named;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Language;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.platform.PluginReport;
import be.terrain.platform.Terrain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the code lists and codes a plugin registers: it registers some, none clashes with
 * a standard code (or the plugin would be refused), every new code has a label in French, Dutch and
 * English that is not blank and has no surrounding spaces and that no other code of its list has,
 * codes are written so that every format can carry them (no space, no {@code |}), and a list with
 * {@code UNKNOWN} keeps it last.
 *
 * <pre>{@code
 * class FdssCodesTest extends CodeListContract {
 *   protected TerrainPlugin plugin() { return new FdssPlugin(); }
 * }
 * }</pre>
 */
@DisplayName("CodeListContract")
public abstract class CodeListContract {
  private static final String CONTRACT = "CodeListContract";

  /** {@return the plugin whose lists and codes are checked} */
  protected abstract TerrainPlugin plugin();

  private CodeRegistry loaded(String clause) {
    Terrain t = Terrain.builder().add(plugin()).build();
    PluginReport r =
        t.plugins().stream()
            .filter(p -> !p.id().equals("terrain-stats"))
            .findFirst()
            .orElseThrow(() -> broken(CONTRACT, clause, "the plugin was not loaded at all"));
    if (!r.isLoaded()) {
      throw broken(
          CONTRACT,
          clause,
          "plugin "
              + r.id()
              + " was refused: "
              + r.problems().stream().map(Problem::toString).toList());
    }
    return t.codes();
  }

  /** The codes the plugin adds, list by list: whole new lists and codes added to standard ones. */
  private Map<String, List<Code>> added(String clause) {
    CodeRegistry codes = loaded(clause);
    Map<String, List<Code>> out = new LinkedHashMap<>();
    for (CodeList l : codes.lists()) {
      CodeList standard = CodeRegistry.standard().find(l.id()).orElse(null);
      List<Code> mine = new ArrayList<>();
      for (Code c : l.codes()) {
        if (standard == null || !standard.contains(c.code())) {
          mine.add(c);
        }
      }
      if (!mine.isEmpty()) {
        out.put(l.id(), mine);
      }
    }
    return out;
  }

  /** Registration. */
  @Nested
  @DisplayName("registers without a clash")
  class Registers {
    @Test
    @DisplayName("clashes with no standard list or code: the plugin loads")
    void noClash() {
      String clause = "clashes with no standard list or code: the plugin loads";
      Terrain t = Terrain.builder().add(plugin()).build();
      for (PluginReport r : t.plugins()) {
        assertThat(r.problems())
            .extracting(Problem::code)
            .as(named(CONTRACT, clause) + ": " + r)
            .doesNotContain(ProblemCodes.PLUGIN_CLASH);
      }
      loaded(clause);
    }

    @Test
    @DisplayName("adds a list or codes")
    void addsSomething() {
      assertThat(added("adds a list or codes"))
          .as(named(CONTRACT, "adds a list or codes"))
          .isNotEmpty();
    }
  }

  /** Labels and codes. */
  @Nested
  @DisplayName("labels every code")
  class Labels {
    @Test
    @DisplayName(
        "gives every new code a label in fr, nl and en, not blank and without surrounding spaces")
    void threeLabels() {
      String clause =
          "gives every new code a label in fr, nl and en, not blank and without surrounding spaces";
      added(clause)
          .forEach(
              (list, codes) -> {
                for (Code c : codes) {
                  for (Language lang : Language.values()) {
                    String label = c.label(lang);
                    assertThat(label)
                        .as(named(CONTRACT, clause) + ": " + list + "." + c.code() + " in " + lang)
                        .isNotBlank()
                        .isEqualTo(label.strip());
                  }
                }
              });
    }

    @Test
    @DisplayName("gives no new code a label another code of its list has")
    void distinctLabels() {
      String clause = "gives no new code a label another code of its list has";
      CodeRegistry codes = loaded(clause);
      added(clause)
          .forEach(
              (list, mine) -> {
                for (Code c : mine) {
                  for (Code other : codes.list(list).codes()) {
                    if (other.code().equals(c.code())) {
                      continue;
                    }
                    for (Language lang : Language.values()) {
                      assertThat(c.label(lang))
                          .as(
                              named(CONTRACT, clause)
                                  + ": "
                                  + list
                                  + "."
                                  + c.code()
                                  + " and "
                                  + other.code()
                                  + " in "
                                  + lang)
                          .isNotEqualTo(other.label(lang));
                    }
                  }
                }
              });
    }

    @Test
    @DisplayName("writes codes every format can carry: no space, no |, no quote")
    void codeSpelling() {
      String clause = "writes codes every format can carry: no space, no |, no quote";
      added(clause)
          .forEach(
              (list, codes) -> {
                for (Code c : codes) {
                  assertThat(c.code())
                      .as(named(CONTRACT, clause) + ": " + list + " code '" + c.code() + "'")
                      .doesNotContainAnyWhitespaces()
                      .doesNotContain("|")
                      .doesNotContain("\"")
                      .doesNotContain("'");
                }
              });
    }

    @Test
    @DisplayName("keeps UNKNOWN last in every list that has it")
    void unknownLast() {
      String clause = "keeps UNKNOWN last in every list that has it";
      CodeRegistry codes = loaded(clause);
      for (String list : added(clause).keySet()) {
        CodeList l = codes.list(list);
        if (l.hasUnknown()) {
          assertThat(l.get(l.size() - 1).code())
              .as(named(CONTRACT, clause) + ": list " + list)
              .isEqualTo(Code.UNKNOWN);
        }
      }
    }
  }
}
