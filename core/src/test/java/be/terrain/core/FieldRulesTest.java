package be.terrain.core;

import static be.terrain.core.RecordKind.ANTENNA;
import static be.terrain.core.RecordKind.CONTACT;
import static be.terrain.core.RecordKind.DISTRIBUTION;
import static be.terrain.core.RecordKind.HEALTH;
import static be.terrain.core.RecordKind.PERSON;
import static be.terrain.core.RecordKind.PROFILE;
import static be.terrain.core.Rows.problem;
import static be.terrain.core.Rows.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The field rules of the exchange format on the builder's bulk path: one test per rule. */
class FieldRulesTest {

  private static void assertProblems(
      List<Problem> problems, org.assertj.core.groups.Tuple... expected) {
    assertThat(problems).extracting(Rows::describe).containsExactly(expected);
  }

  @Test
  void theDefaultRowsAreValid() {
    for (RecordKind kind : RecordKind.values()) {
      if (kind != RecordKind.ORGANISATION) {
        assertThat(problemsOf(kind)).as(kind.toString()).isEmpty();
      }
    }
  }

  @Test
  void aRequiredValueMustBeThere() {
    assertProblems(
        problemsOf(CONTACT, "channel", null), problem("TER-0101", CONTACT, "c1", "channel", null));
    assertProblems(
        problemsOf(CONTACT, "channel", ""), problem("TER-0101", CONTACT, "c1", "channel", null));
    assertProblems(
        problemsOf(ANTENNA, "name", ""), problem("TER-0101", ANTENNA, "a2", "name", null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x12345678901234567890123456789012345678901234567890123456789012345", // 65 characters
        "c 1",
        "c/1",
        "é",
        "c1\t"
      })
  void anIdIsOneTo64CharactersOfTheAllowedSet(String id) {
    assertProblems(problemsOf(CONTACT, "id", id), problem("TER-0102", CONTACT, id, "id", id));
    assertProblems(problemsOf(PERSON, "id", id), problem("TER-0102", PERSON, id, "id", id));
  }

  @Test
  void anEmptyIdIsAMissingValueAnd64CharactersAreFine() {
    assertProblems(problemsOf(CONTACT, "id", ""), problem("TER-0101", CONTACT, null, "id", null));
    assertThat(problemsOf(CONTACT, "id", "A-z_0.9".repeat(9) + "x")).isEmpty();
    assertThat(("A-z_0.9".repeat(9) + "x")).hasSize(64);
  }

  @Test
  void aReferenceIsAnIdToo() {
    assertThat(problemsOf(CONTACT, "person_id", "p 1"))
        .extracting(Rows::describe)
        .contains(problem("TER-0102", CONTACT, "c1", "person_id", "p 1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {" STREET", "STREET ", "street", "WALK", "UNKNOWN"})
  void aCodeMustBeInItsListWithoutTrimming(String channel) {
    List<Problem> problems = problemsOf(CONTACT, "channel", channel);
    assertProblems(problems, problem("TER-0103", CONTACT, "c1", "channel", channel));
    assertThat(problems.get(0).message()).contains("contact_channel");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020-02-30",
        "2021-02-29",
        "2020-13-01",
        "2020-1-01",
        "20200101",
        "2020-01-01T00:00"
      })
  void aDateIsACalendarDate(String date) {
    assertProblems(
        problemsOf(CONTACT, "date", date), problem("TER-0104", CONTACT, "c1", "date", date));
    assertThat(problemsOf(CONTACT, "date", "2020-02-29")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+5", "5.0", "1 000", "1,000", "five", "-", "99999999999"})
  void anIntegerIsAsciiDigits(String count) {
    assertProblems(
        problemsOf(CONTACT, "person_id", null, "count", count),
        problem("TER-0105", CONTACT, "c1", "count", count));
  }

  @ParameterizedTest
  @CsvSource({
    "CONTACT, count, 0",
    "CONTACT, count, 10001",
    "CONTACT, count, -1",
    "DISTRIBUTION, quantity, 0",
    "DISTRIBUTION, quantity, 100001",
    "DISTRIBUTION, unit_value_cents, -1",
    "DISTRIBUTION, unit_value_cents, 10000001"
  })
  void anIntegerIsInItsRange(RecordKind kind, String field, String value) {
    String id = kind == CONTACT ? "c1" : "d1";
    assertProblems(
        problemsOf(kind, "person_id", null, field, value),
        problem("TER-0106", kind, id, field, value));
  }

  @ParameterizedTest
  @CsvSource({
    "CONTACT, count, 1",
    "CONTACT, count, 10000",
    "DISTRIBUTION, quantity, 1",
    "DISTRIBUTION, quantity, 100000",
    "DISTRIBUTION, unit_value_cents, 0",
    "DISTRIBUTION, unit_value_cents, 10000000"
  })
  void theBoundsOfARangeAreIn(RecordKind kind, String field, String value) {
    assertThat(problemsOf(kind, "person_id", null, field, value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"85", "1899", "19x0", "01990", "-1990", "0000"})
  void aBirthYearIsFourDigitsFrom1900(String year) {
    assertProblems(
        problemsOf(PERSON, "birth_year", year),
        problem("TER-0107", PERSON, "p2", "birth_year", year));
    assertThat(problemsOf(PERSON, "birth_year", "1900")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"XK", "UK", "EU", "be", "Be", "BEL", "B"})
  void aNationalityIsAnAssignedIsoCodeInUpperCase(String nationality) {
    assertProblems(
        problemsOf(PERSON, "nationality", nationality),
        problem("TER-0108", PERSON, "p2", "nationality", nationality));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GF", "RE", "GL", "BE", "GB"})
  void overseasTerritoriesAndFormerMembersAreNationalities(String nationality) {
    assertThat(problemsOf(PERSON, "nationality", nationality)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"BE-XXX", "be-wht", "BE-WAL", "BE-VLG", "WHT", "BE"})
  void aProvinceIsABelgianProvinceOrRegion(String province) {
    assertProblems(
        problemsOf(ANTENNA, "province", province),
        problem("TER-0109", ANTENNA, "a2", "province", province));
    assertThat(problemsOf(ANTENNA, "province", "BE-BRU")).isEmpty();
  }

  @Test
  void unknownIsNoSexButIsAProfileValue() {
    assertProblems(
        problemsOf(PERSON, "sex", "UNKNOWN"), problem("TER-0110", PERSON, "p2", "sex", "UNKNOWN"));
    assertThat(problemsOf(PERSON, "sex", "X")).isEmpty();
    assertThat(problemsOf(PROFILE, "housing", "UNKNOWN", "setting", "UNKNOWN")).isEmpty();
  }

  @Test
  void aNursingCareRowHasAnActAndNoTarget() {
    assertProblems(
        problemsOf(HEALTH, "kind", "NURSING_CARE", "act", "WOUND_CARE", "target", "DOCTOR"),
        problem("TER-0111", HEALTH, "h1", "target", "DOCTOR"));
    assertProblems(
        problemsOf(HEALTH, "kind", "NURSING_CARE"), problem("TER-0101", HEALTH, "h1", "act", null));
    assertThat(problemsOf(HEALTH, "kind", "NURSING_CARE", "act", "WOUND_CARE")).isEmpty();
  }

  @Test
  void aParamedicalRowHasATarget() {
    assertProblems(
        problemsOf(HEALTH, "kind", "PARAMEDICAL_ACCOMPANIMENT"),
        problem("TER-0101", HEALTH, "h1", "target", null));
    assertThat(problemsOf(HEALTH, "kind", "PARAMEDICAL_ACCOMPANIMENT", "target", "DOCTOR"))
        .isEmpty();
  }

  @Test
  void aRapidTestNamesItsPathogens() {
    assertProblems(
        problemsOf(HEALTH, "kind", "NURSING_CARE", "act", "RAPID_TEST"),
        problem("TER-0101", HEALTH, "h1", "pathogens", null));
    assertThat(
            problemsOf(HEALTH, "kind", "NURSING_CARE", "act", "RAPID_TEST", "pathogens", "HIV|HCV"))
        .isEmpty();
  }

  @Test
  void onlyARapidTestNamesPathogens() {
    List<Problem> problems =
        problemsOf(
            HEALTH, "kind", "NURSING_CARE", "act", "TREATMENT_FOLLOW_UP", "pathogens", "HIV");
    assertProblems(problems, problem("TER-0111", HEALTH, "h1", "pathogens", "HIV"));
    assertThat(problems.get(0).message()).contains("NURSING_CARE TREATMENT_FOLLOW_UP");
  }

  @Test
  void aConsultationHasNoAct() {
    assertProblems(
        problemsOf(HEALTH, "act", "RAPID_TEST"),
        problem("TER-0111", HEALTH, "h1", "act", "RAPID_TEST"));
    assertThat(problemsOf(HEALTH, "coverage", "MUTUALITY", "reason", "INFECTION")).isEmpty();
    assertProblems(
        problemsOf(
            HEALTH, "kind", "PARAMEDICAL_ACCOMPANIMENT", "target", "DOCTOR", "coverage", "NONE"),
        problem("TER-0111", HEALTH, "h1", "coverage", "NONE"));
  }

  @Test
  void aPathogenIsNamedOnce() {
    assertProblems(
        problemsOf(HEALTH, "kind", "NURSING_CARE", "act", "RAPID_TEST", "pathogens", "HIV|HIV"),
        problem("TER-0112", HEALTH, "h1", "pathogens", "HIV|HIV"));
    assertProblems(
        problemsOf(HEALTH, "kind", "NURSING_CARE", "act", "RAPID_TEST", "pathogens", "HIV|FLU"),
        problem("TER-0103", HEALTH, "h1", "pathogens", "FLU"));
  }

  /**
   * Regression (issue #17, defect 2): a pathogen repeated n times was n - 1 problems, each holding
   * the whole cell (memory grew with n squared). One problem per cell, its value shortened.
   */
  @Test
  void aPathogenRepeatedManyTimesIsOneProblemForTheCell() {
    assertProblems(
        problemsOf(
            HEALTH,
            "kind",
            "NURSING_CARE",
            "act",
            "RAPID_TEST",
            "pathogens",
            "HIV|HIV|SYPHILIS|HIV|SYPHILIS"),
        problem("TER-0112", HEALTH, "h1", "pathogens", "HIV|HIV|SYPHILIS|HIV|SYPHILIS"));
    String many = String.join("|", java.util.Collections.nCopies(60_000, "HIV"));
    List<Problem> found =
        problemsOf(HEALTH, "kind", "NURSING_CARE", "act", "RAPID_TEST", "pathogens", many);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value().orElseThrow()).hasSize(Problem.MAX_VALUE_LENGTH);
  }

  @Test
  void anIdentifiedContactStandsForOneContact() {
    assertProblems(
        problemsOf(CONTACT, "count", "2"), problem("TER-0113", CONTACT, "c1", "count", "2"));
    assertThat(problemsOf(CONTACT, "person_id", null, "count", "2")).isEmpty();
    assertThat(problemsOf(CONTACT, "count", null)).isEmpty();
  }

  @Test
  void aProblemsValueIsShortenedTo80Characters() {
    String channel = "A".repeat(100);
    String shortened = problemsOf(CONTACT, "channel", channel).get(0).value().orElseThrow();
    assertThat(shortened).hasSize(80).isEqualTo("A".repeat(79) + "…");
    assertThat(problemsOf(CONTACT, "channel", "B".repeat(80)).get(0).value())
        .contains("B".repeat(80));
  }

  @Test
  void anUnreadableCellIsNeitherReportedAgainNorMissing() {
    assertThat(problemsOf(CONTACT, "date", DatasetBuilder.UNREADABLE_CELL)).isEmpty();
    assertThat(problemsOf(DISTRIBUTION, "quantity", DatasetBuilder.UNREADABLE_CELL)).isEmpty();
  }
}
