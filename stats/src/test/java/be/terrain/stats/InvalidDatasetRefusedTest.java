package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.Antenna;
import be.terrain.core.Contact;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.Organisation;
import be.terrain.core.Period;
import be.terrain.core.Person;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ReadResult;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.ProblemSink;
import be.terrain.platform.Terrain;
import be.terrain.stats.plugins.TestPlugins.Simple;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Statistics#compute} refuses a dataset with known problems (a reader's, or its last
 * validation's, plugins' rules included) with {@link DatasetNotValidException}, and computes a
 * valid one, or one never validated, without validating again.
 */
class InvalidDatasetRefusedTest {
  private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);
  private static final ReportOptions OPTIONS = ReportOptions.of(Period.ofYear(2020));
  private static final ProblemCode PLUGIN =
      new ProblemCode("TEST-0001", "a plugin's problem", "un problème de plugin");

  private static DatasetBuilder valid() {
    return Dataset.builder()
        .organisation(new Organisation("demo", "Demo asbl"))
        .add(new Antenna("charleroi", "Service Charleroi", "BE-WHT", "SERVICE"))
        .add(Person.of("p-1", "SEX_WORKER").withSex("F"))
        .add(Contact.identified("c-1", LocalDate.of(2020, 3, 17), "charleroi", "STREET", "p-1"));
  }

  @Test
  void aDatasetReadWithProblemsIsRefusedWithThemAndTheCallThatValidates() {
    Dataset d =
        valid()
            .add(Contact.anonymous("c-2", LocalDate.of(2020, 5, 4), "charleroi", "DROPIN", 3))
            .build();

    assertThatThrownBy(() -> Statistics.compute(d, OPTIONS))
        .isInstanceOf(DatasetNotValidException.class)
        .hasMessage(
            "cannot compute a report of a dataset with 1 problem(s), found when it was read or"
                + " last validated (the first: "
                + "(in code): TER-0103 c-2 channel — unknown code in list contact_channel ('DROPIN')"
                + "): fix them, then compute on a dataset that Terrain.validate(dataset, today)"
                + " or Dataset.validateWithoutPlugins(today) finds valid")
        .satisfies(
            e ->
                assertThat(((DatasetNotValidException) e).problems()).isEqualTo(d.knownProblems()));
  }

  @Test
  void aDatasetWhoseLastValidationFailedIsRefused() {
    Dataset d =
        valid().add(Contact.anonymous("c-2", LocalDate.of(2020, 5, 4), "lln", "STREET", 3)).build();
    Report before = Statistics.compute(d, OPTIONS); // never validated: computed as it is

    assertThat(d.validateWithoutPlugins(TODAY).isValid()).isFalse();

    assertThatThrownBy(() -> Statistics.compute(d, OPTIONS))
        .isInstanceOf(DatasetNotValidException.class)
        .hasMessageContaining("1 problem(s)");
    assertThat(before.tables()).isNotEmpty();
  }

  @Test
  void aDatasetThatAPluginsRuleFindsInvalidIsRefused() {
    DatasetRule always =
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
    Terrain t = Terrain.builder().add(Simple.of("rules", c -> c.addDatasetRule(always))).build();
    Dataset d = valid().build();

    assertThat(t.validate(d, TODAY).isValid()).isFalse();

    assertThatThrownBy(() -> Reports.of(t).compute(d, "standard", OPTIONS))
        .isInstanceOf(DatasetNotValidException.class)
        .hasMessageContaining("(the first: (in code): TEST-0001 — a plugin's problem)");
  }

  @Test
  void aValidDatasetIsComputedTheSameAsBefore() {
    Dataset unchecked = valid().build();
    Dataset checked = ReadResult.of(valid().build(), TODAY).orThrow();

    assertThat(checked.knownProblems()).isEmpty();
    assertThat(Statistics.compute(checked, OPTIONS))
        .isEqualTo(Statistics.compute(unchecked, OPTIONS));
  }
}
