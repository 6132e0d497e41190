package be.terrain.platform;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.spi.DistributionRuleKind;
import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.RuleKindViolation;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.testing.MiniCsv;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Terrain#check}: one ledger check, every rule of the set and every registered kind. */
class TerrainCheckTest {
  static final LocalDate AS_OF = LocalDate.of(2021, 11, 1);
  static Dataset dataset;
  static RuleSet rules;

  @BeforeAll
  static void load() {
    dataset = MiniCsv.reference();
    rules =
        RuleSet.of(
            DistributionRule.builder(
                    "masks", "SURGICAL_MASK", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .antennas("charleroi")
                .build());
  }

  static DistributionRuleKind kind(
      String id, BiFunction<Dataset, LocalDate, List<RuleKindViolation>> f) {
    return new DistributionRuleKind() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return "a test kind";
      }

      @Override
      public List<RuleKindViolation> check(Dataset d, LocalDate asOf) {
        return f.apply(d, asOf);
      }
    };
  }

  static Terrain with(DistributionRuleKind... kinds) {
    return Terrain.builder()
        .add(
            new TerrainPlugin() {
              @Override
              public String id() {
                return "kinds";
              }

              @Override
              public String version() {
                return "1.0.0";
              }

              @Override
              public String spiVersion() {
                return SPI_VERSION;
              }

              @Override
              public void register(PluginContext context) {
                for (DistributionRuleKind k : kinds) {
                  context.addDistributionRuleKind(k);
                }
              }
            })
        .build();
  }

  static RuleKindViolation over(LocalDate asOf) {
    return new RuleKindViolation(
        "t.cap", "d-1", Optional.of("p-1"), asOf, Optional.of("2021-03"), "over");
  }

  @Test
  void withoutKindsTheCheckIsTheRulesCheck() {
    RulesCheck check = Terrain.standard().check(dataset, rules, AS_OF);
    assertThat(check).isEqualTo(RulesCheck.of(dataset, rules, AS_OF));
    assertThat(check.ruleKinds()).isEmpty();
  }

  @Test
  void theKindsViolationsAndFailuresJoinTheRulesResultsAsOfTheSameDay() {
    Terrain t =
        with(
            kind(
                "t.broken",
                (d, asOf) -> {
                  throw new ArithmeticException("/ by zero");
                }),
            kind("t.cap", (d, asOf) -> List.of(over(asOf))),
            kind("t.quiet", (d, asOf) -> List.of()));
    assertThat(t.plugins()).allMatch(PluginReport::isLoaded);

    RulesCheck check = t.check(dataset, rules, AS_OF);

    assertThat(check.rules()).isEqualTo(RulesCheck.of(dataset, rules, AS_OF).rules());
    assertThat(check.ruleKinds()).isPresent();
    assertThat(check.ruleKinds().get().kinds()).containsExactly("t.broken", "t.cap", "t.quiet");
    assertThat(check.kindViolations()).containsExactly(over(AS_OF));
    assertThat(check.kindProblems()).hasSize(1);
    Problem p = check.kindProblems().get(0);
    assertThat(p.code()).isEqualTo(ProblemCodes.RULE_KIND_FAILED);
    assertThat(p.value()).contains("t.broken");
    assertThat(p.message())
        .isEqualTo(
            "distribution rule kind t.broken failed and checked nothing:"
                + " java.lang.ArithmeticException: / by zero");
    assertThat(check.isClean()).isFalse();
  }

  @Test
  void quietKindsAreCheckedAndTheCheckIsCleanWhenTheRulesAre() {
    RuleSet none = RuleSet.empty();
    RulesCheck check = with(kind("t.quiet", (d, asOf) -> List.of())).check(dataset, none, AS_OF);
    assertThat(check.ruleKinds()).isPresent();
    assertThat(check.ruleKinds().get().kinds()).containsExactly("t.quiet");
    assertThat(check.isClean()).isTrue();
    assertThat(
            with(kind("t.cap", (d, asOf) -> List.of(over(asOf))))
                .check(dataset, none, AS_OF)
                .isClean())
        .isFalse();
  }
}
