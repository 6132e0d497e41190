package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@link FieldRules#isCode}, which record-validation's {@code @CodeOf} uses and core's tests did
 * not reach (PIT's run of 2026-12-07, docs/testing.md, "The whole run").
 */
class FieldRulesIsCodeTest {
  private static final CodeList SEX = CodeRegistry.standard().list("sex");

  @Test
  void aCodeOfTheListIsACodeAndUnknownOnlyWhereAllowed() {
    assertThat(SEX.contains("UNKNOWN")).isTrue();
    assertThat(FieldRules.isCode(SEX, "UNKNOWN", true)).isTrue();
    assertThat(FieldRules.isCode(SEX, "UNKNOWN", false)).isFalse();
    String other =
        SEX.codes().stream()
            .map(c -> c.code())
            .filter(c -> !c.equals("UNKNOWN"))
            .findFirst()
            .orElseThrow();
    assertThat(FieldRules.isCode(SEX, other, false)).isTrue();
    assertThat(FieldRules.isCode(SEX, other, true)).isTrue();
    assertThat(FieldRules.isCode(SEX, "NOT_A_CODE", true)).isFalse();
  }
}
