package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistributionRuleTest {
  static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  static final LocalDate TO = LocalDate.of(2021, 12, 31);

  @Test
  void theBuilderSetsEveryPart() {
    DistributionRule r =
        DistributionRule.builder("tickets-s-2021", "TICKET_S", FROM, TO)
            .unitValueCents(1000)
            .quota(2, QuotaPeriod.ISO_WEEK)
            .budgetCents(2_000_000)
            .eligibleRoles("SEX_WORKER")
            .antennas(List.of("lln", "charleroi", "extra-ring"))
            .build();
    assertThat(r.unitValueCents()).isEqualTo(OptionalInt.of(1000));
    assertThat(r.quota()).contains(new Quota(2, QuotaPeriod.ISO_WEEK));
    assertThat(r.budgetCents()).isEqualTo(OptionalLong.of(2_000_000));
    assertThat(r.eligibleRoles()).contains(Set.of("SEX_WORKER"));
    assertThat(r.antennas().get()).containsExactly("lln", "charleroi", "extra-ring");
    assertThat(r.isValidOn(FROM)).isTrue();
    assertThat(r.isValidOn(TO.plusDays(1))).isFalse();
  }

  @Test
  void everyLimitIsOptional() {
    DistributionRule r = DistributionRule.builder("r", "CONDOM", FROM, FROM).build();
    assertThat(r.quota()).isEmpty();
    assertThat(r.budgetCents()).isEmpty();
    assertThat(r.unitValueCents()).isEmpty();
    assertThat(r.eligibleRoles()).isEmpty();
    assertThat(r.antennas()).isEmpty();
  }

  @Test
  void aBudgetWithoutUnitValueIsRefused() {
    assertThatThrownBy(
            () -> DistributionRule.builder("r", "TICKET_S", FROM, TO).budgetCents(100).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule r")
        .hasMessageContaining("budget needs unit_value_cents");
  }

  @Test
  void validToBeforeValidFromIsRefused() {
    assertThatThrownBy(() -> DistributionRule.builder("r", "TICKET_S", TO, FROM).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valid_to 2021-01-01 is before valid_from 2021-12-31");
  }

  @Test
  void aQuotaIsAtLeastOneUnit() {
    assertThatThrownBy(() -> new Quota(0, QuotaPeriod.DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quota units must be at least 1: 0");
    assertThatThrownBy(
            () -> DistributionRule.builder("r", "X", FROM, TO).quota(-2, QuotaPeriod.DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void misuseOfTheBuilderIsNamed() {
    DistributionRule.Builder b =
        DistributionRule.builder("r", "TICKET_S", FROM, TO).unitValueCents(5);
    assertThatThrownBy(() -> b.unitValueCents(6))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unit value was already set");
    assertThatThrownBy(() -> DistributionRule.builder("r", "X", FROM, TO).antennas("a", "b", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule r: antenna 'a' is named twice");
    assertThatThrownBy(() -> DistributionRule.builder("bad id", "X", FROM, TO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule id 'bad id'");
    assertThatThrownBy(
            () -> DistributionRule.builder("r", "X", FROM, TO).unitValueCents(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit value must be 0 to 10000000 cents: -1");
    assertThatThrownBy(
            () ->
                DistributionRule.builder("r", "X", FROM, TO)
                    .unitValueCents(1)
                    .budgetCents(-1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget must not be negative");
  }

  @Test
  void rulesAreValues() {
    DistributionRule a = DistributionRule.builder("r", "X", FROM, TO).antennas("a", "b").build();
    DistributionRule b =
        new DistributionRule(
            "r",
            "X",
            OptionalInt.empty(),
            Optional.empty(),
            OptionalLong.empty(),
            FROM,
            TO,
            Optional.empty(),
            Optional.of(new java.util.LinkedHashSet<>(List.of("a", "b"))));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void aRuleSetRefusesTwoRulesWithOneId() {
    DistributionRule a = DistributionRule.builder("r", "X", FROM, TO).build();
    DistributionRule b = DistributionRule.builder("r", "Y", FROM, TO).build();
    assertThatThrownBy(() -> RuleSet.of(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two rules have the id 'r'");
    assertThat(RuleSet.of(a).find("r")).contains(a);
    assertThat(RuleSet.empty().size()).isZero();
  }
}
