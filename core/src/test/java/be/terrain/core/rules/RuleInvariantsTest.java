package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each invariant at its bounds, and the record refusing what the invariant refuses. */
class RuleInvariantsTest {
  static final LocalDate DAY = LocalDate.of(2021, 3, 1);

  @Test
  void idsAreOneToSixtyFourCharactersOfTheIdSet() {
    assertThat(RuleInvariants.isValidId("tickets-s_2021.1")).isTrue();
    assertThat(RuleInvariants.isValidId("a".repeat(64))).isTrue();
    assertThat(RuleInvariants.isValidId("a".repeat(65))).isFalse();
    assertThat(RuleInvariants.isValidId("")).isFalse();
    assertThat(RuleInvariants.isValidId("a b")).isFalse();
  }

  @Test
  void namesAreNotBlank() {
    assertThat(RuleInvariants.isValidName("lln")).isTrue();
    assertThat(RuleInvariants.isValidName(" ")).isFalse();
    assertThat(RuleInvariants.isValidName("")).isFalse();
  }

  @Test
  void amountsStayInTheirRanges() {
    assertThat(RuleInvariants.isValidUnitValue(0)).isTrue();
    assertThat(RuleInvariants.isValidUnitValue(RuleInvariants.MAX_UNIT_VALUE_CENTS)).isTrue();
    assertThat(RuleInvariants.isValidUnitValue(RuleInvariants.MAX_UNIT_VALUE_CENTS + 1L)).isFalse();
    assertThat(RuleInvariants.isValidUnitValue(-1)).isFalse();
    assertThat(RuleInvariants.isValidBudget(0)).isTrue();
    assertThat(RuleInvariants.isValidBudget(-1)).isFalse();
    assertThat(RuleInvariants.isValidQuotaUnits(1)).isTrue();
    assertThat(RuleInvariants.isValidQuotaUnits(0)).isFalse();
  }

  @Test
  void aBudgetNeedsAUnitValueAndAPeriodEndsOnOrAfterItsStart() {
    assertThat(RuleInvariants.hasUnitValueForBudget(true, true)).isTrue();
    assertThat(RuleInvariants.hasUnitValueForBudget(false, false)).isTrue();
    assertThat(RuleInvariants.hasUnitValueForBudget(true, false)).isFalse();
    assertThat(RuleInvariants.isValidPeriod(DAY, DAY)).isTrue();
    assertThat(RuleInvariants.isValidPeriod(DAY, DAY.minusDays(1))).isFalse();
  }

  @Test
  void theRecordRefusesWhatAnInvariantRefuses() {
    assertThatThrownBy(() -> DistributionRule.builder("t", " ", DAY, DAY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule t: the item code must not be blank");
    assertThatThrownBy(
            () ->
                DistributionRule.builder("t", "TICKET_S", DAY, DAY)
                    .unitValueCents(RuleInvariants.MAX_UNIT_VALUE_CENTS + 1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rule t: unit value must be 0 to ");
    assertThatThrownBy(
            () ->
                DistributionRule.builder("t", "TICKET_S", DAY, DAY)
                    .unitValueCents(100)
                    .budgetCents(-1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule t: budget must not be negative: -1 cents");
    assertThatThrownBy(() -> Quota.of(0, QuotaPeriod.DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quota units must be at least 1: 0");
  }
}
