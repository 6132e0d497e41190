package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The results a rules reader and a desk hand back: rules or problems (never both), the exception
 * that lists the problems, and a breach's excess going with its kind.
 */
class RulesResultsTest {
  private static final Problem PROBLEM = Problem.of(ProblemCodes.UNREADABLE).build();

  @Test
  void aReadHasRulesOrProblemsNotBothNorNeither() {
    RulesReadResult ok = RulesReadResult.of(RuleSet.empty());
    assertThat(ok.isValid()).isTrue();
    assertThat(ok.orThrow()).isEqualTo(RuleSet.empty());
    assertThat(ok.problems()).isEmpty();

    RulesReadResult failed = RulesReadResult.failed(List.of(PROBLEM));
    assertThat(failed.isValid()).isFalse();
    assertThat(failed.rules()).isEmpty();
    assertThatThrownBy(failed::orThrow)
        .isInstanceOfSatisfying(
            InvalidRulesException.class, e -> assertThat(e.problems()).containsExactly(PROBLEM));

    assertThatIllegalArgumentException().isThrownBy(() -> RulesReadResult.failed(List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RulesReadResult(Optional.of(RuleSet.empty()), List.of(PROBLEM)));
  }

  @Test
  void theExceptionCountsItsProblemsAndListsTheFirstTen() {
    assertThat(new InvalidRulesException(List.of(PROBLEM)).getMessage())
        .isEqualTo("the rules have 1 problem\n  " + PROBLEM);
    assertThat(new InvalidRulesException(List.of(PROBLEM, PROBLEM)).getMessage())
        .isEqualTo("the rules have 2 problems\n  " + PROBLEM + "\n  " + PROBLEM);
    String ten = new InvalidRulesException(Collections.nCopies(10, PROBLEM)).getMessage();
    assertThat(ten).startsWith("the rules have 10 problems").doesNotContain("...");
    assertThat(ten.split("\n")).hasSize(11);
    String eleven = new InvalidRulesException(Collections.nCopies(11, PROBLEM)).getMessage();
    assertThat(eleven.split("\n")).hasSize(12).endsWith("  ...");
    assertThat(new InvalidRulesException(Collections.nCopies(11, PROBLEM)).problems()).hasSize(11);
  }

  @Test
  void aBreachsExcessGoesWithItsKind() {
    Breach quota =
        new Breach(
            "r",
            ViolationKind.OVER_QUOTA,
            Optional.of("2021-W07"),
            OptionalInt.of(2),
            OptionalLong.empty());
    assertThat(quota.excessUnits()).hasValue(2);
    new Breach(
        "r", ViolationKind.OVER_BUDGET, Optional.empty(), OptionalInt.empty(), OptionalLong.of(5));
    new Breach(
        "r", ViolationKind.ANONYMOUS, Optional.empty(), OptionalInt.empty(), OptionalLong.empty());
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Breach(
                    "r",
                    ViolationKind.OVER_QUOTA,
                    Optional.empty(),
                    OptionalInt.empty(),
                    OptionalLong.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Breach(
                    "r",
                    ViolationKind.ANONYMOUS,
                    Optional.empty(),
                    OptionalInt.of(1),
                    OptionalLong.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Breach(
                    "r",
                    ViolationKind.OVER_BUDGET,
                    Optional.empty(),
                    OptionalInt.empty(),
                    OptionalLong.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Breach(
                    "r",
                    ViolationKind.NOT_ELIGIBLE,
                    Optional.empty(),
                    OptionalInt.empty(),
                    OptionalLong.of(1)));
  }

  @Test
  void aBreachOfAViolationKeepsItsKindPeriodAndExcess() {
    Violation v =
        new Violation(
            ViolationKind.OVER_QUOTA,
            "d1",
            "CONDOM",
            Optional.of("p1"),
            LocalDate.of(2021, 2, 15),
            Optional.of("2021-W07"),
            OptionalInt.of(3),
            OptionalLong.empty());
    assertThat(Breach.of("r1", v))
        .isEqualTo(
            new Breach(
                "r1",
                ViolationKind.OVER_QUOTA,
                Optional.of("2021-W07"),
                OptionalInt.of(3),
                OptionalLong.empty()));
  }

  @Test
  void aViolationsExcessIsPositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Violation(
                    ViolationKind.OVER_QUOTA,
                    "d1",
                    "CONDOM",
                    Optional.empty(),
                    LocalDate.of(2021, 2, 15),
                    Optional.empty(),
                    OptionalInt.of(0),
                    OptionalLong.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Violation(
                    ViolationKind.OVER_BUDGET,
                    "d1",
                    "CONDOM",
                    Optional.empty(),
                    LocalDate.of(2021, 2, 15),
                    Optional.empty(),
                    OptionalInt.empty(),
                    OptionalLong.of(0)));
  }
}
