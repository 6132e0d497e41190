package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultFollowedByTest {
  @Test
  void keepsBothProblemListsInOrderAndAddsTheOmittedCounts() {
    Problem first = Problem.of(ProblemCodes.ORGANISATION_COUNT).build();
    Problem second = Problem.of(ProblemCodes.MISSING_FILE).build();
    ValidationResult joined =
        new ValidationResult(List.of(first), 2)
            .followedBy(new ValidationResult(List.of(second), 3));
    assertThat(joined.problems()).containsExactly(first, second);
    assertThat(joined.omitted()).isEqualTo(5);
    assertThat(joined.isValid()).isFalse();
  }
}
