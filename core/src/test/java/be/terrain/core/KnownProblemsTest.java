package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.ProblemSink;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dataset remembers the problems its last validation found, so that the statistics can refuse it
 * without validating again: the reader's problems before any validation, then the last
 * validation's, with the problems extra rules found since.
 */
class KnownProblemsTest {
  private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);
  private static final ProblemCode PLUGIN =
      new ProblemCode("TEST-0001", "a plugin's problem", "un problème de plugin");

  private static final DatasetRule ALWAYS =
      new DatasetRule() {
        @Override
        public String id() {
          return "test.always";
        }

        @Override
        public List<ProblemCode> problemCodes() {
          return List.of(PLUGIN);
        }

        @Override
        public void check(Dataset dataset, LocalDate today, ProblemSink problems) {
          problems.report(Problem.of(PLUGIN).build());
        }
      };

  private static DatasetBuilder valid() {
    return Dataset.builder()
        .organisation(new Organisation("demo", "Demo asbl"))
        .add(new Antenna("charleroi", "Service Charleroi", "BE-WHT", "SERVICE"))
        .add(Person.of("p-1", "SEX_WORKER"))
        .add(Contact.identified("c-1", LocalDate.of(2020, 3, 17), "charleroi", "STREET", "p-1"));
  }

  @Test
  void aValidDatasetHasNone() {
    Dataset d = valid().build();

    assertThat(d.knownProblems()).isEmpty();
    assertThat(d.validateWithoutPlugins(TODAY).problems()).isEmpty();
    assertThat(d.knownProblems()).isEmpty();
  }

  @Test
  void theReadersProblemsAreKnownBeforeAnyValidation() {
    Dataset d = valid().add(Contact.anonymous("c-2", TODAY, "charleroi", "DROPIN", 3)).build();

    assertThat(d.knownProblems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCodes.UNKNOWN_CODE));
  }

  @Test
  void theLastValidationsProblemsAreKnown() {
    Dataset d =
        valid().add(Contact.anonymous("c-2", LocalDate.of(2021, 7, 1), "lln", "STREET", 3)).build();
    assertThat(d.knownProblems()).isEmpty();

    ValidationResult early = d.validateWithoutPlugins(TODAY);

    assertThat(early.problems()).hasSize(2); // after today, unknown antenna
    assertThat(d.knownProblems()).isEqualTo(early.problems());
    ValidationResult later = d.validateWithoutPlugins(LocalDate.of(2021, 7, 1));
    assertThat(d.knownProblems()).isEqualTo(later.problems()).hasSize(1);
  }

  @Test
  void extraRulesProblemsAddToTheLastValidationsOnce() {
    Dataset d = valid().build();
    d.validateWithoutPlugins(TODAY);

    List<Problem> found = d.checkRules(TODAY, List.of(ALWAYS));
    d.checkRules(TODAY, List.of(ALWAYS));

    assertThat(d.knownProblems()).isEqualTo(found).hasSize(1);
    d.validateWithoutPlugins(TODAY);
    assertThat(d.knownProblems()).isEmpty();
  }

  @Test
  void aReadResultPairsTheDatasetWithItsProblems() {
    Dataset d = valid().build();
    Problem missing = Problem.of(ProblemCodes.ORGANISATION_COUNT).build();

    new ReadResult(d, new ValidationResult(List.of(missing)));

    assertThat(d.knownProblems()).containsExactly(missing);
    assertThat(ReadResult.of(d, TODAY).dataset().knownProblems()).isEmpty();
  }

  @Test
  void theMemoryTakesNoPartInEquality() {
    Dataset validated = valid().build();
    validated.checkRules(TODAY, List.of(ALWAYS));

    assertThat(validated).isEqualTo(valid().build()).hasSameHashCodeAs(valid().build());
  }
}
