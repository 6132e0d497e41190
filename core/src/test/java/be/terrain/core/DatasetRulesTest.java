package be.terrain.core;

import static be.terrain.core.RecordKind.ANTENNA;
import static be.terrain.core.RecordKind.CONTACT;
import static be.terrain.core.RecordKind.DISTRIBUTION;
import static be.terrain.core.RecordKind.HEALTH;
import static be.terrain.core.RecordKind.ORGANISATION;
import static be.terrain.core.RecordKind.PERSON;
import static be.terrain.core.RecordKind.PROFILE;
import static be.terrain.core.Rows.TODAY;
import static be.terrain.core.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dataset rules of the exchange format: each test breaks one rule in an otherwise valid dataset
 * and expects exactly the problems of that rule, each on the row where the spec says it is (the
 * locator turns a row's position into its line, so the line tells which row a problem is on).
 */
class DatasetRulesTest {
  private static final RecordLocator LINES =
      (kind, position, field) -> Location.ofLine(kind.collection(), position);

  /**
   * A valid base dataset (org, antenna a1, person p1, all on line 2) whose problems are located by
   * line.
   */
  private static DatasetBuilder base() {
    return Rows.base().locator(LINES);
  }

  private static List<Tuple> problems(DatasetBuilder b) {
    return located(Rows.problems(b));
  }

  private static List<Tuple> located(List<Problem> problems) {
    return problems.stream()
        .map(
            p ->
                tuple(
                    p.code().code(),
                    p.recordKind().orElse(null),
                    p.recordId().orElse(null),
                    p.field().orElse(null),
                    p.location().line().isPresent() ? p.location().line().getAsInt() : null))
        .toList();
  }

  private static Tuple at(String code, RecordKind kind, String id, String field, Integer line) {
    return tuple(code, kind, id, field, line);
  }

  private static String idOf(RecordKind kind, String[] cells) {
    return kind == PROFILE ? null : cells[0];
  }

  // ---- TER-0301

  @ParameterizedTest
  @EnumSource(names = {"ANTENNA", "PERSON", "CONTACT", "ACCOMPANIMENT", "HEALTH"})
  void anIdIsUniqueInItsFileAndTheLaterRowIsReported(RecordKind kind) {
    String[] cells = row(kind);
    List<Tuple> problems = problems(base().addRow(kind, cells, 3).addRow(kind, cells, 4));
    assertThat(problems).containsExactly(at("TER-0301", kind, cells[0], "id", 4));
  }

  @Test
  void theSameIdInTwoFilesIsFine() {
    assertThat(
            problems(
                base()
                    .addRow(CONTACT, row(CONTACT, "id", "x"), 3)
                    .addRow(HEALTH, row(HEALTH, "id", "x"), 3)))
        .isEmpty();
  }

  // ---- TER-0302, TER-0303

  @ParameterizedTest
  @EnumSource(names = {"CONTACT", "ACCOMPANIMENT", "HEALTH", "DISTRIBUTION", "PROFILE"})
  void aPersonIdRefersToAPerson(RecordKind kind) {
    String[] cells = row(kind, "person_id", "p9");
    assertThat(problems(base().addRow(kind, cells, 3)))
        .containsExactly(at("TER-0302", kind, idOf(kind, cells), "person_id", 3));
    assertThat(Rows.problemsOf(kind, "person_id", "p9").get(0).value()).contains("p9");
  }

  @ParameterizedTest
  @EnumSource(names = {"CONTACT", "ACCOMPANIMENT", "HEALTH", "DISTRIBUTION"})
  void anAntennaIdRefersToAnAntenna(RecordKind kind) {
    String[] cells = row(kind, "antenna_id", "a9");
    assertThat(problems(base().addRow(kind, cells, 3)))
        .containsExactly(at("TER-0303", kind, cells[0], "antenna_id", 3));
  }

  @Test
  void referencesResolveAgainstRowsThatHaveProblemsOfTheirOwn() {
    DatasetBuilder b =
        base()
            .addRow(PERSON, row(PERSON, "birth_year", "85"), 3)
            .addRow(
                PERSON, row(PERSON, "id", "p1"), 4) // a duplicate still resolves to the first p1
            .addRow(ANTENNA, row(ANTENNA, "province", "BE-XXX"), 3)
            .addRow(CONTACT, row(CONTACT, "person_id", "p2", "antenna_id", "a2"), 3)
            .addRow(HEALTH, row(HEALTH, "person_id", "p1"), 3);
    assertThat(problems(b))
        .containsExactlyInAnyOrder(
            at("TER-0107", PERSON, "p2", "birth_year", 3),
            at("TER-0109", ANTENNA, "a2", "province", 3),
            at("TER-0301", PERSON, "p1", "id", 4));
  }

  // ---- TER-0304, TER-0305

  @ParameterizedTest
  @CsvSource({"date, 2020-01-02", "antenna_id, a2", "person_id, p2", "person_id,"})
  void theRowsOfAnActAgree(String field, String value) {
    DatasetBuilder b =
        base()
            .addRow(ANTENNA, row(ANTENNA), 3)
            .addRow(PERSON, row(PERSON), 3)
            .addRow(DISTRIBUTION, row(DISTRIBUTION), 3)
            .addRow(DISTRIBUTION, row(DISTRIBUTION, "item", "LUBRICANT", field, value), 4);
    List<Problem> all = Rows.problems(b);
    assertThat(located(all)).containsExactly(at("TER-0304", DISTRIBUTION, "d1", field, 4));
    assertThat(all.get(0).value().orElse(null)).isEqualTo(value);
  }

  @Test
  void anActRowDisagreeingOnThreeColumnsIsThreeProblems() {
    DatasetBuilder b =
        base()
            .addRow(ANTENNA, row(ANTENNA), 3)
            .addRow(DISTRIBUTION, row(DISTRIBUTION), 3)
            .addRow(DISTRIBUTION, row(DISTRIBUTION, "item", "SPONGE"), 4)
            .addRow(
                DISTRIBUTION,
                row(
                    DISTRIBUTION,
                    "item",
                    "LUBRICANT",
                    "date",
                    "2020-01-02",
                    "antenna_id",
                    "a2",
                    "person_id",
                    null),
                5);
    assertThat(problems(b))
        .containsExactly(
            at("TER-0304", DISTRIBUTION, "d1", "date", 5),
            at("TER-0304", DISTRIBUTION, "d1", "antenna_id", 5),
            at("TER-0304", DISTRIBUTION, "d1", "person_id", 5));
  }

  @Test
  void anActRowWhoseCellIsUnreadableOrMissingIsNotAlsoSaidToDisagree() {
    DatasetBuilder b =
        base()
            .addRow(DISTRIBUTION, row(DISTRIBUTION), 3)
            .addRow(DISTRIBUTION, row(DISTRIBUTION, "item", "LUBRICANT", "date", "2020-02-30"), 4)
            .addRow(DISTRIBUTION, row(DISTRIBUTION, "item", "SPONGE", "antenna_id", null), 5)
            .addRow(
                DISTRIBUTION,
                row(DISTRIBUTION, "item", "CLOTHING", "date", DatasetBuilder.UNREADABLE_CELL),
                6)
            // an act whose first date is unreadable: the later rows are compared with the first
            // readable one
            .addRow(DISTRIBUTION, row(DISTRIBUTION, "id", "d2", "date", "2020-13-01"), 7)
            .addRow(DISTRIBUTION, row(DISTRIBUTION, "id", "d2", "item", "SPONGE"), 8)
            .addRow(
                DISTRIBUTION,
                row(DISTRIBUTION, "id", "d2", "item", "CLOTHING", "date", "2020-01-02"),
                9);
    assertThat(problems(b))
        .containsExactly(
            at("TER-0104", DISTRIBUTION, "d1", "date", 4),
            at("TER-0101", DISTRIBUTION, "d1", "antenna_id", 5),
            at("TER-0104", DISTRIBUTION, "d2", "date", 7),
            at("TER-0304", DISTRIBUTION, "d2", "date", 9));
  }

  @Test
  void anActNamesEachItemOnce() {
    DatasetBuilder b =
        base()
            .addRow(DISTRIBUTION, row(DISTRIBUTION), 3)
            .addRow(DISTRIBUTION, row(DISTRIBUTION, "item", "LUBRICANT"), 4)
            .addRow(DISTRIBUTION, row(DISTRIBUTION, "quantity", "3"), 5)
            .addRow(DISTRIBUTION, row(DISTRIBUTION, "id", "d2"), 6);
    assertThat(problems(b)).containsExactly(at("TER-0305", DISTRIBUTION, "d1", "item", 5));
    assertThat(
            Rows.problems(
                    base()
                        .addRow(DISTRIBUTION, row(DISTRIBUTION), 3)
                        .addRow(DISTRIBUTION, row(DISTRIBUTION), 4))
                .get(0)
                .value())
        .contains("CONDOM");
  }

  @Test
  void everyItemCodeCanBeTrackedInAnAct() {
    CodeList items = CodeRegistry.standard().list("item");
    DatasetBuilder b = base();
    for (int i = 0; i < items.size(); i++) {
      b.addRow(DISTRIBUTION, row(DISTRIBUTION, "item", items.get(i).code()), 3 + i);
    }
    b.addRow(DISTRIBUTION, row(DISTRIBUTION, "item", items.get(items.size() - 1).code()), 99);
    assertThat(problems(b)).containsExactly(at("TER-0305", DISTRIBUTION, "d1", "item", 99));
  }

  // ---- TER-0306, TER-0307

  @ParameterizedTest
  @EnumSource(names = {"CONTACT", "ACCOMPANIMENT", "HEALTH", "DISTRIBUTION"})
  void noActivityIsDatedBeforeThePersonsBirthYear(RecordKind kind) {
    DatasetBuilder b =
        base()
            .addRow(PERSON, row(PERSON, "birth_year", "2020"), 3)
            .addRow(kind, row(kind, "person_id", "p2", "date", "2019-12-31"), 3)
            .addRow(kind, row(kind, "id", "later", "person_id", "p2", "date", "2020-01-01"), 4);
    assertThat(problems(b)).containsExactly(at("TER-0306", kind, row(kind)[0], "date", 3));
  }

  @Test
  void aProfileIsNoActivity() {
    DatasetBuilder b =
        base()
            .addRow(PERSON, row(PERSON, "birth_year", "2020"), 3)
            .addRow(PROFILE, row(PROFILE, "person_id", "p2", "date", "2019-12-31"), 3)
            .addRow(
                PROFILE, row(PROFILE, "person_id", "p2", "date", TODAY.plusDays(1).toString()), 4);
    assertThat(problems(b)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(names = {"CONTACT", "ACCOMPANIMENT", "HEALTH", "DISTRIBUTION"})
  void noActivityIsDatedAfterTheDayTheFileIsRead(RecordKind kind) {
    DatasetBuilder b =
        base()
            .addRow(kind, row(kind, "date", TODAY.plusDays(1).toString()), 3)
            .addRow(kind, row(kind, "id", "today", "date", TODAY.toString()), 4);
    List<Problem> all = Rows.problems(b);
    assertThat(located(all)).containsExactly(at("TER-0307", kind, row(kind)[0], "date", 3));
    assertThat(all.get(0).message()).contains(TODAY.toString());
  }

  // ---- TER-0308

  @Test
  void theFirstContactIsNotAfterTheEarliestActivity() {
    DatasetBuilder b =
        base()
            .addRow(PERSON, row(PERSON, "first_contact", "2020-02-01"), 3)
            .addRow(PERSON, row(PERSON, "id", "p3", "first_contact", "2020-01-15"), 4)
            .addRow(DISTRIBUTION, row(DISTRIBUTION, "person_id", "p2", "date", "2020-03-01"), 3)
            .addRow(HEALTH, row(HEALTH, "person_id", "p2", "date", "2020-01-15"), 3)
            .addRow(HEALTH, row(HEALTH, "id", "h2", "person_id", "p3", "date", "2020-01-15"), 4);
    List<Problem> all = Rows.problems(b);
    assertThat(located(all)).containsExactly(at("TER-0308", PERSON, "p2", "first_contact", 3));
    assertThat(all.get(0).value()).contains("2020-02-01");
    assertThat(all.get(0).message()).contains("2020-01-15");
  }

  // ---- TER-0309

  @Test
  void profileRowsOfOnePersonAndDateDoNotDisagree() {
    DatasetBuilder b =
        base()
            .addRow(PROFILE, row(PROFILE), 3)
            .addRow(PROFILE, row(PROFILE, "housing", "INADEQUATE"), 4)
            .addRow(PROFILE, row(PROFILE, "date", "2020-01-02", "housing", "INADEQUATE"), 5);
    List<Problem> all = Rows.problems(b);
    assertThat(located(all)).containsExactly(at("TER-0309", PROFILE, null, "housing", 4));
    assertThat(all.get(0).value()).contains("INADEQUATE");
  }

  @Test
  void profileRowsThatComplementEachOtherAreFineAndTheLaterConflictComparesWithTheMergedValues() {
    DatasetBuilder fine =
        base()
            .addRow(PROFILE, row(PROFILE), 3)
            .addRow(PROFILE, row(PROFILE, "housing", null, "setting", "STREET"), 4)
            .addRow(PROFILE, row(PROFILE, "housing", "ADEQUATE", "employment", "UNKNOWN"), 5);
    assertThat(problems(fine)).isEmpty();
    DatasetBuilder conflict =
        base()
            .addRow(PROFILE, row(PROFILE), 3)
            .addRow(PROFILE, row(PROFILE, "housing", null, "setting", "STREET"), 4)
            .addRow(
                PROFILE,
                row(PROFILE, "housing", "ADEQUATE", "setting", "BAR", "employment", "EMPLOYED"),
                5)
            .addRow(PROFILE, row(PROFILE, "housing", "UNKNOWN", "setting", null), 6);
    assertThat(problems(conflict))
        .containsExactly(
            at("TER-0309", PROFILE, null, "setting", 5),
            at("TER-0309", PROFILE, null, "housing", 6));
  }

  // ---- TER-0310

  @Test
  void aPersonWithoutActivityIsNotBornAfterTheCurrentYear() {
    String nextYear = Integer.toString(TODAY.getYear() + 1);
    assertThat(problems(base().addRow(PERSON, row(PERSON, "birth_year", nextYear), 3)))
        .containsExactly(at("TER-0310", PERSON, "p2", "birth_year", 3));
    assertThat(
            problems(
                base()
                    .addRow(
                        PERSON, row(PERSON, "birth_year", Integer.toString(TODAY.getYear())), 3)))
        .isEmpty();
  }

  @Test
  void aPersonWithActivityBornAfterItGetsTheActivityReported() {
    String nextYear = Integer.toString(TODAY.getYear() + 1);
    DatasetBuilder b =
        base()
            .addRow(PERSON, row(PERSON, "birth_year", nextYear), 3)
            .addRow(CONTACT, row(CONTACT, "person_id", "p2"), 3);
    assertThat(problems(b)).containsExactly(at("TER-0306", CONTACT, "c1", "date", 3));
  }

  // ---- TER-0209

  @Test
  void aDatasetHasOneOrganisation() {
    List<Problem> none =
        Dataset.builder()
            .addRow(ANTENNA, row(ANTENNA), 2)
            .build()
            .validateWithoutPlugins(TODAY)
            .problems();
    assertThat(none)
        .extracting(Rows::describe)
        .containsExactly(Rows.problem("TER-0209", ORGANISATION, null, null, null));
    DatasetBuilder two = base().addRow(ORGANISATION, row(ORGANISATION, "id", "other"), 3);
    assertThat(problems(two)).containsExactly(at("TER-0209", ORGANISATION, "other", null, 3));
  }

  /**
   * Field problems in reading order, then dataset rules kind by kind, row by row, field by field.
   */
  @Test
  void everyProblemIsReportedTogetherInAStableOrder() {
    DatasetBuilder b =
        base()
            .addRow(CONTACT, row(CONTACT, "channel", "WALK", "person_id", "p9"), 3)
            .addRow(CONTACT, row(CONTACT, "antenna_id", "a9"), 4);
    assertThat(problems(b))
        .containsExactly(
            at("TER-0103", CONTACT, "c1", "channel", 3),
            at("TER-0302", CONTACT, "c1", "person_id", 3),
            at("TER-0301", CONTACT, "c1", "id", 4),
            at("TER-0303", CONTACT, "c1", "antenna_id", 4));
  }
}
