package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.ProblemSink;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Extra dataset rules (plugins') run after Terrain's, located like Terrain's, and never crash
 * validation.
 */
class PluginDatasetRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);
  private static final ProblemCode NOT_IN_HAINAUT =
      new ProblemCode(
          "TEST-0001",
          "a %s contact must be at an antenna of Hainaut",
          "un contact %s doit être dans le Hainaut");

  /** Contacts whose channel is MEDIBUS at an antenna outside BE-WHT. */
  private static final DatasetRule MEDIBUS =
      new DatasetRule() {
        @Override
        public String id() {
          return "test.medibus";
        }

        @Override
        public List<ProblemCode> problemCodes() {
          return List.of(NOT_IN_HAINAUT);
        }

        @Override
        public void check(Dataset dataset, LocalDate today, ProblemSink problems) {
          int medibus = dataset.codes().list("contact_channel").indexOf("MEDIBUS");
          ContactTable contacts = dataset.contacts();
          for (int r = 0; r < contacts.size(); r++) {
            int a = contacts.antenna(r);
            if (contacts.channel(r) == medibus
                && a >= 0
                && !dataset.antennas().get(a).province().equals("BE-WHT")) {
              problems.report(
                  contacts
                      .problem(NOT_IN_HAINAUT, r, "antenna_id")
                      .value(dataset.antennas().get(a).id())
                      .args("MEDIBUS")
                      .build());
            }
          }
        }
      };

  private static final DatasetRule THROWS =
      new DatasetRule() {
        @Override
        public String id() {
          return "test.throws";
        }

        @Override
        public List<ProblemCode> problemCodes() {
          return List.of();
        }

        @Override
        public void check(Dataset dataset, LocalDate today, ProblemSink problems) {
          problems.report(Problem.of(NOT_IN_HAINAUT).args("dropped").build());
          throw new IllegalStateException("bug in the rule");
        }
      };

  private static Dataset dataset() {
    DatasetBuilder b =
        Dataset.builder()
            .locator(
                (kind, position, field) ->
                    field == null
                        ? Location.ofLine(kind.collection() + ".csv", position)
                        : Location.ofCell(
                            kind.collection() + ".csv", position, kind.fieldIndex(field) + 1));
    b.addRow(RecordKind.ORGANISATION, new String[] {"org", "Org"}, 2);
    b.addRow(RecordKind.ANTENNA, new String[] {"mons", "Mons", "BE-WHT", "ANTENNA"}, 2);
    b.addRow(RecordKind.ANTENNA, new String[] {"namur", "Namur", "BE-WNA", "ANTENNA"}, 3);
    b.addRow(
        RecordKind.CONTACT, new String[] {"c1", "2020-01-01", "mons", "MEDIBUS", null, "3"}, 2);
    b.addRow(
        RecordKind.CONTACT, new String[] {"c2", "2020-01-02", "namur", "MEDIBUS", null, "3"}, 3);
    b.addRow(
        RecordKind.CONTACT, new String[] {"c3", "2020-01-02", "namur", "STREET", null, "3"}, 4);
    b.addRow(
        RecordKind.CONTACT, new String[] {"c3", "2021-01-02", "nowhere", "MEDIBUS", null, "3"}, 5);
    return b.build();
  }

  @Test
  void aRuleReportsLocatedProblemsThatTerrainsOwnRulesDoNot() {
    Dataset d = dataset();
    List<Problem> own = d.validateWithoutPlugins(TODAY).problems();
    assertThat(own).extracting(p -> p.code().code()).containsExactly("TER-0301", "TER-0303");
    List<Problem> found = d.checkRules(TODAY, List.of(MEDIBUS));
    assertThat(found).hasSize(1);
    Problem p = found.get(0);
    assertThat(p.code()).isEqualTo(NOT_IN_HAINAUT);
    assertThat(p.location()).isEqualTo(Location.ofCell("contacts.csv", 3, 3));
    assertThat(p.recordKind()).contains(RecordKind.CONTACT);
    assertThat(p.recordId()).contains("c2");
    assertThat(p.field()).contains("antenna_id");
    assertThat(p.value()).contains("namur");
    assertThat(p.message()).isEqualTo("a MEDIBUS contact must be at an antenna of Hainaut");
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
    List<Problem> found = dataset().checkRules(TODAY, List.of(THROWS, MEDIBUS));
    assertThat(found).extracting(p -> p.code().code()).containsExactly("TER-0509", "TEST-0001");
    assertThat(found.get(0).message())
        .isEqualTo(
            "dataset rule test.throws failed and checked nothing: java.lang.IllegalStateException: bug in the rule");
    assertThat(found.get(0).location()).isEqualTo(Location.NONE);
  }

  @Test
  void noRuleNoExtraProblem() {
    Dataset d = dataset();
    assertThat(d.checkRules(TODAY, List.of())).isEmpty();
  }

  @Test
  void tablesLocateTheirRowsAsTheReaderDid() {
    ContactTable contacts = dataset().contacts();
    assertThat(contacts.location(0, null)).isEqualTo(Location.ofLine("contacts.csv", 2));
    assertThat(contacts.location(1, "channel")).isEqualTo(Location.ofCell("contacts.csv", 3, 4));
    assertThat(contacts.problem(NOT_IN_HAINAUT, 0, null).args("x").build())
        .extracting(Problem::recordId, Problem::field)
        .containsExactly(Optional.of("c1"), Optional.empty());
    assertThatThrownBy(() -> contacts.location(0, "colour"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> contacts.location(9, null))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** Reports {@code n} problems, each a new one. */
  private static DatasetRule reporting(long n) {
    return new DatasetRule() {
      @Override
      public String id() {
        return "test.many";
      }

      @Override
      public List<ProblemCode> problemCodes() {
        return List.of(NOT_IN_HAINAUT);
      }

      @Override
      public void check(Dataset dataset, LocalDate today, ProblemSink problems) {
        for (long i = 0; i < n; i++) {
          problems.report(Problem.of(NOT_IN_HAINAUT).args("x" + i).build());
        }
      }
    };
  }

  @Test
  void rulesKeepAtMostTheProblemLimitWithTheKnownProblemsAndCountTheOthers() {
    Dataset d = dataset();
    assertThat(d.validateWithoutPlugins(TODAY).problems()).hasSize(2);
    ValidationResult r =
        d.checkRulesCounted(TODAY, List.of(reporting(200_000), THROWS, reporting(5)));
    int room = DatasetBuilder.DEFAULT_PROBLEM_LIMIT - 2;
    assertThat(r.problems()).hasSize(room);
    assertThat(r.problems().get(0).message())
        .endsWith("x0 contact must be at an antenna of Hainaut");
    assertThat(r.omitted()).isEqualTo(200_000 - room + 1 + 5);
    assertThat(d.checkRules(TODAY, List.of(reporting(3)))).hasSize(3);
  }

  @Test
  void aSmallerProblemLimitBoundsTheRulesToo() {
    DatasetBuilder b = Dataset.builder().problemLimit(4);
    b.addRow(RecordKind.ORGANISATION, new String[] {"org", "Org"}, 2);
    Dataset d = b.build();
    assertThat(d.validateWithoutPlugins(TODAY).problems()).isEmpty();
    ValidationResult r = d.checkRulesCounted(TODAY, List.of(reporting(3), reporting(3)));
    assertThat(r.problems()).extracting(Problem::message).hasSize(4);
    assertThat(r.omitted()).isEqualTo(2);
    assertThat(d.knownProblems()).hasSize(4);
  }
}
