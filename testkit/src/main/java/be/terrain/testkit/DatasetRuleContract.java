package be.terrain.testkit;

import static be.terrain.testkit.Clauses.call;
import static be.terrain.testkit.Clauses.named;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.spi.DatasetRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link DatasetRule}: it has an id and problem codes of its own (none with
 * Terrain's {@code TER-} prefix), never throws on a valid dataset, reports only its own codes,
 * names the record of each problem, and finds the same problems when run twice.
 *
 * <pre>{@code
 * class MedibusRuleTest extends DatasetRuleContract {
 *   protected DatasetRule rule() { return new MedibusAtHainaut(); }
 * }
 * }</pre>
 */
@DisplayName("DatasetRuleContract")
public abstract class DatasetRuleContract {
  private static final String CONTRACT = "DatasetRuleContract";

  /** {@return the rule under test} */
  protected abstract DatasetRule rule();

  /** {@return the code lists of the datasets it is run on (default: the standard lists)} */
  protected CodeRegistry codes() {
    return CodeRegistry.standard();
  }

  /** {@return how many generated datasets (default 40)} */
  protected int datasets() {
    return 40;
  }

  /** {@return the seed of the generated datasets} */
  protected long seed() {
    return 20_200_104L;
  }

  private List<Problem> run(String clause, Dataset d) {
    List<Problem> out = new ArrayList<>();
    DatasetRule rule = rule();
    call(
        CONTRACT,
        clause,
        "check",
        () -> {
          rule.check(d, ValidDatasets.TODAY, out::add);
          return null;
        });
    return out;
  }

  /** Identity. */
  @Nested
  @DisplayName("identifies itself")
  class Identity {
    @Test
    @DisplayName("has an id and problem codes of its own, none of Terrain's")
    void identity() {
      String clause = "has an id and problem codes of its own, none of Terrain's";
      assertThat(rule().id())
          .as(named(CONTRACT, clause) + ": id")
          .matches("[a-z0-9][a-z0-9._-]{0,63}");
      assertThat(rule().problemCodes())
          .as(named(CONTRACT, clause) + ": problem codes")
          .isNotEmpty()
          .allSatisfy(
              c ->
                  assertThat(c.code())
                      .as(named(CONTRACT, clause) + ": " + c.code())
                      .doesNotStartWith("TER-"));
    }
  }

  /** Checking. */
  @Nested
  @DisplayName("checks")
  class Checks {
    @Test
    @DisplayName(
        "every valid dataset without an exception, reporting only its own codes on named records")
    void ownCodes() {
      String clause =
          "every valid dataset without an exception, reporting only its own codes on named records";
      List<ProblemCode> own = rule().problemCodes();
      for (Dataset d : ValidDatasets.sample(codes(), datasets(), seed())) {
        for (Problem p : run(clause, d)) {
          assertThat(own).as(named(CONTRACT, clause) + ": " + p).contains(p.code());
          assertThat(p.recordKind())
              .as(named(CONTRACT, clause) + ": the record of " + p)
              .isPresent();
        }
      }
    }

    @Test
    @DisplayName("finds the same problems when run twice")
    void deterministic() {
      String clause = "finds the same problems when run twice";
      for (Dataset d : ValidDatasets.sample(codes(), Math.min(10, datasets()), seed())) {
        assertThat(run(clause, d)).as(named(CONTRACT, clause)).isEqualTo(run(clause, d));
      }
    }
  }
}
