package be.terrain.core.internal;

import static be.terrain.core.internal.KindRules.ACT;
import static be.terrain.core.internal.KindRules.CONSULTATION;
import static be.terrain.core.internal.KindRules.COVERAGE;
import static be.terrain.core.internal.KindRules.MAY;
import static be.terrain.core.internal.KindRules.MUST;
import static be.terrain.core.internal.KindRules.MUST_NOT;
import static be.terrain.core.internal.KindRules.NURSING_CARE;
import static be.terrain.core.internal.KindRules.OTHER_KIND;
import static be.terrain.core.internal.KindRules.PARAMEDICAL;
import static be.terrain.core.internal.KindRules.PATHOGENS;
import static be.terrain.core.internal.KindRules.REASON;
import static be.terrain.core.internal.KindRules.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.ProblemCodes;
import org.junit.jupiter.api.Test;

/**
 * The kind rules as the exchange format's table gives them: per health kind, which kind-specific
 * field is required, allowed or forbidden; the problem of each need with and without a value; and
 * the count of an identified contact.
 */
class KindRulesTableTest {
  @Test
  void healthKindsOfTheirCodes() {
    assertThat(KindRules.healthKind("NURSING_CARE")).isEqualTo(NURSING_CARE);
    assertThat(KindRules.healthKind("PARAMEDICAL_ACCOMPANIMENT")).isEqualTo(PARAMEDICAL);
    assertThat(KindRules.healthKind("MEDICAL_CONSULTATION")).isEqualTo(CONSULTATION);
    assertThat(KindRules.healthKind("OTHER")).isEqualTo(OTHER_KIND);
    assertThat(KindRules.healthKind("")).isEqualTo(OTHER_KIND);
  }

  @Test
  void whatEachKindNeeds() {
    // rows: the kinds; columns: act, pathogens (rapid test), pathogens (other act), target,
    // coverage, reason
    int[][] table = {
      {MUST_NOT, MUST_NOT, MUST_NOT, MUST_NOT, MUST_NOT, MUST_NOT}, // other
      {MUST, MUST, MUST_NOT, MUST_NOT, MUST_NOT, MUST_NOT}, // nursing care
      {MUST_NOT, MUST_NOT, MUST_NOT, MUST, MUST_NOT, MUST_NOT}, // paramedical
      {MUST_NOT, MUST_NOT, MUST_NOT, MUST_NOT, MAY, MAY} // consultation
    };
    int[] kinds = {OTHER_KIND, NURSING_CARE, PARAMEDICAL, CONSULTATION};
    for (int k = 0; k < kinds.length; k++) {
      int kind = kinds[k];
      int[] row = table[k];
      assertThat(
              new int[] {
                KindRules.need(kind, ACT, false),
                KindRules.need(kind, PATHOGENS, true),
                KindRules.need(kind, PATHOGENS, false),
                KindRules.need(kind, TARGET, false),
                KindRules.need(kind, COVERAGE, false),
                KindRules.need(kind, REASON, false)
              })
          .as("kind %d", kind)
          .containsExactly(row);
      // a rapid test changes only the pathogens
      assertThat(KindRules.need(kind, ACT, true)).isEqualTo(row[0]);
      assertThat(KindRules.need(kind, TARGET, true)).isEqualTo(row[3]);
      assertThat(KindRules.need(kind, COVERAGE, true)).isEqualTo(row[4]);
      assertThat(KindRules.need(kind, REASON, true)).isEqualTo(row[5]);
      // a position that is no kind-specific field needs nothing
      assertThat(KindRules.need(kind, 5, true)).isEqualTo(MAY);
      assertThat(KindRules.need(kind, -1, false)).isEqualTo(MAY);
    }
  }

  @Test
  void theProblemOfEachNeed() {
    assertThat(KindRules.problem(MUST, true)).isNull();
    assertThat(KindRules.problem(MUST, false)).isEqualTo(ProblemCodes.MISSING_VALUE);
    assertThat(KindRules.problem(MUST_NOT, true)).isEqualTo(ProblemCodes.FIELD_NOT_FOR_KIND);
    assertThat(KindRules.problem(MUST_NOT, false)).isNull();
    assertThat(KindRules.problem(MAY, true)).isNull();
    assertThat(KindRules.problem(MAY, false)).isNull();
  }

  @Test
  void aFieldNotForItsKindNamesTheKindAndForPathogensTheAct() {
    assertThat(KindRules.notForKind("NURSING_CARE", NURSING_CARE, PATHOGENS, "WOUND_CARE"))
        .isEqualTo("NURSING_CARE WOUND_CARE");
    assertThat(KindRules.notForKind("NURSING_CARE", NURSING_CARE, TARGET, "WOUND_CARE"))
        .isEqualTo("NURSING_CARE");
    assertThat(KindRules.notForKind("MEDICAL_CONSULTATION", CONSULTATION, PATHOGENS, ""))
        .isEqualTo("MEDICAL_CONSULTATION");
  }

  @Test
  void anIdentifiedContactCountsOnePersonAndAnOutOfRangeCountIsOnlyThat() {
    assertThat(KindRules.wrongIdentifiedCount(true, 1)).isFalse();
    assertThat(KindRules.wrongIdentifiedCount(true, 2)).isTrue();
    assertThat(KindRules.wrongIdentifiedCount(true, 10_000)).isTrue();
    assertThat(KindRules.wrongIdentifiedCount(true, 10_001)).isFalse();
    assertThat(KindRules.wrongIdentifiedCount(true, 0)).isFalse();
    assertThat(KindRules.wrongIdentifiedCount(false, 2)).isFalse();
  }
}
