package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.testing.MiniCsv;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetValidationTest {
  static final LocalDate FROM = LocalDate.of(2021, 1, 1);

  @Test
  void codesAndAntennasAreCheckedAgainstTheDataset() {
    RuleSet rules =
        RuleSet.of(
            DistributionRule.builder("ok", "TICKET_S", FROM, FROM).antennas("lln").build(),
            DistributionRule.builder("bad", "TICKETS", FROM, FROM)
                .eligibleRoles("SEX_WORKER", "CLIENT")
                .antennas("charleroi", "mons")
                .build());
    RuleLocator locator =
        (rule, member, element) ->
            Location.ofPointer(
                "rules.json",
                "/rules/" + rule + "/" + member + (element >= 0 ? "/" + element : ""));
    List<Problem> problems = rules.validate(MiniCsv.reference(), locator);
    assertThat(problems)
        .extracting(
            Problem::code,
            p -> p.location().pointer().orElse(null),
            p -> p.recordId().orElse(null),
            p -> p.field().orElse(null),
            p -> p.value().orElse(null))
        .containsExactly(
            tuple(ProblemCodes.RULE_UNKNOWN_ITEM, "/rules/1/item", "bad", "item", "TICKETS"),
            tuple(
                ProblemCodes.RULE_UNKNOWN_ROLE,
                "/rules/1/eligible_roles/1",
                "bad",
                "eligible_roles",
                "CLIENT"),
            tuple(
                ProblemCodes.RULE_UNKNOWN_ANTENNA,
                "/rules/1/antennas/1",
                "bad",
                "antennas",
                "mons"));
    assertThat(problems.get(2).message()).isEqualTo("the dataset has no antenna with this id");
    assertThat(problems.get(2).messageFr())
        .isEqualTo("le jeu de données n'a pas d'antenne avec cet identifiant");
  }

  @Test
  void withoutADatasetOnlyCodesAreChecked() {
    RuleSet rules =
        RuleSet.of(DistributionRule.builder("r", "TICKET_S", FROM, FROM).antennas("mons").build());
    assertThat(rules.validate(CodeRegistry.standard(), RuleLocator.NONE)).isEmpty();
  }

  @Test
  void rulesCodesAreInTheirRange() {
    assertThat(ProblemCodes.all())
        .filteredOn(c -> c.code().startsWith("TER-04"))
        .hasSize(10)
        .allSatisfy(c -> assertThat(c.messageFr()).isNotEqualTo(c.messageEn()));
  }
}
