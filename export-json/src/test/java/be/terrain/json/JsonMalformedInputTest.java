package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.ReadResult;
import be.terrain.core.RecordKind;
import be.terrain.testing.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of malformed input: code, location, record id and field of the problem. */
class JsonMalformedInputTest {
  /** A valid document; tests break one thing in it. */
  static final String VALID =
      """
      {
        "format": "terrain/1",
        "organisation": {"id": "o", "name": "Org"},
        "antennas": [{"id": "a", "name": "Antenne", "province": "BE-WHT", "kind": "SERVICE"}],
        "persons": [{"id": "p-1", "role": "SEX_WORKER", "birth_year": 1990, "sex": "F"}],
        "contacts": [
          {"id": "c-1", "date": "2020-03-17", "antenna_id": "a", "channel": "STREET", "person_id": "p-1"},
          {"id": "c-2", "date": "2020-03-18", "antenna_id": "a", "channel": "STREET", "count": 3}
        ],
        "health": [{"id": "h-1", "date": "2020-02-03", "antenna_id": "a", "person_id": "p-1",
                    "kind": "NURSING_CARE", "act": "RAPID_TEST", "pathogens": ["HIV", "SYPHILIS"]}]
      }
      """;

  /** The same records as JSON Lines. */
  static final String VALID_LINES =
      """
      {"format": "terrain/1", "organisation": {"id": "o", "name": "Org"}, "antennas": [{"id": "a", "name": "Antenne", "province": "BE-WHT", "kind": "SERVICE"}]}
      {"type": "person", "id": "p-1", "role": "SEX_WORKER", "birth_year": 1990, "sex": "F"}

      {"type": "contact", "id": "c-1", "date": "2020-03-17", "antenna_id": "a", "channel": "STREET", "person_id": "p-1"}
      {"id": "c-2", "date": "2020-03-18", "antenna_id": "a", "channel": "STREET", "count": 3, "type": "contact"}
      {"type": "health", "id": "h-1", "date": "2020-02-03", "antenna_id": "a", "person_id": "p-1", "kind": "NURSING_CARE", "act": "RAPID_TEST", "pathogens": ["HIV", "SYPHILIS"]}
      """;

  private static final JsonDatasetReader READER =
      JsonDatasetReader.builder().today(ReferenceData.READ_ON).build();

  static ReadResult readDocument(String json) {
    return READER.read(bytes(json), "data.json", false);
  }

  static ReadResult readLines(String jsonl) {
    return READER.read(bytes(jsonl), "data.jsonl", true);
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The only problem of a result. */
  static Problem single(ReadResult r) {
    assertThat(r.validation().problems()).hasSize(1);
    return r.validation().problems().get(0);
  }

  /** The one problem with a code. */
  static Problem only(ReadResult r, ProblemCode code) {
    List<Problem> found =
        r.validation().problems().stream().filter(p -> p.code().equals(code)).toList();
    assertThat(found).as("problems %s in %s", code, r.validation().problems()).hasSize(1);
    return found.get(0);
  }

  static void assertProblem(
      Problem p, ProblemCode code, String pointer, String recordId, String field) {
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.location().file()).contains("data.json");
    assertThat(p.location().pointer()).isEqualTo(Optional.ofNullable(pointer));
    assertThat(p.recordId()).isEqualTo(Optional.ofNullable(recordId));
    assertThat(p.field()).isEqualTo(Optional.ofNullable(field));
  }

  @Test
  void theValidDocumentAndLinesHaveNoProblemAndTheSameRecords() {
    ReadResult document = readDocument(VALID);
    ReadResult lines = readLines(VALID_LINES);

    assertThat(document.validation().problems()).isEmpty();
    assertThat(lines.validation().problems()).isEmpty();
    assertThat(lines.dataset()).isEqualTo(document.dataset());
    assertThat(document.dataset().contacts().count(1)).isEqualTo(3);
    assertThat(document.dataset().persons().birthYear(0)).isEqualTo(1990);
  }

  @Nested
  class WrongTypes {
    @Test
    void aFloatForAnInteger() {
      Problem p =
          single(readDocument(VALID.replace("\"birth_year\": 1990", "\"birth_year\": 1990.0")));

      assertProblem(p, ProblemCodes.WRONG_TYPE, "/persons/0/birth_year", "p-1", "birth_year");
      assertThat(p.value()).contains("1990.0");
      assertThat(p.message()).isEqualTo("expected an integer");
      assertThat(p.recordKind()).contains(RecordKind.PERSON);
      assertThat(p.location().line()).hasValue(5);
      assertThat(p.location().column()).isPresent();
    }

    @Test
    void aStringForAnInteger() {
      Problem p =
          single(readDocument(VALID.replace("\"birth_year\": 1990", "\"birth_year\": \"1990\"")));

      assertProblem(p, ProblemCodes.WRONG_TYPE, "/persons/0/birth_year", "p-1", "birth_year");
      assertThat(p.value()).contains("\"1990\"");
    }

    @Test
    void anEmptyStringForAnInteger() {
      Problem p = single(readDocument(VALID.replace("\"count\": 3", "\"count\": \"\"")));

      assertProblem(p, ProblemCodes.WRONG_TYPE, "/contacts/1/count", "c-2", "count");
      assertThat(p.value()).contains("\"\"");
    }

    @Test
    void anEmptyStringForPathogens() {
      Problem p =
          single(
              readDocument(
                  VALID.replace("\"pathogens\": [\"HIV\", \"SYPHILIS\"]", "\"pathogens\": \"\"")));

      assertProblem(p, ProblemCodes.WRONG_TYPE, "/health/0/pathogens", "h-1", "pathogens");
    }

    @Test
    void aPathogenHoldingTheSeparator() {
      Problem p =
          single(readDocument(VALID.replace("[\"HIV\", \"SYPHILIS\"]", "[\"HIV|SYPHILIS\"]")));

      assertProblem(p, ProblemCodes.WRONG_TYPE, "/health/0/pathogens", "h-1", "pathogens");
      assertThat(p.value()).contains("\"HIV|SYPHILIS\"");
    }

    @Test
    void anEmptyPathogenOrANumberInPathogens() {
      assertProblem(
          single(readDocument(VALID.replace("[\"HIV\", \"SYPHILIS\"]", "[\"HIV\", \"\"]"))),
          ProblemCodes.WRONG_TYPE,
          "/health/0/pathogens",
          "h-1",
          "pathogens");
      assertProblem(
          single(readDocument(VALID.replace("[\"HIV\", \"SYPHILIS\"]", "[\"HIV\", 7]"))),
          ProblemCodes.WRONG_TYPE,
          "/health/0/pathogens",
          "h-1",
          "pathogens");
    }

    @Test
    void aNumberForAString() {
      Problem p =
          single(
              readDocument(
                  VALID.replace(
                      "\"channel\": \"STREET\", \"count\"", "\"channel\": 4, \"count\"")));

      assertProblem(p, ProblemCodes.WRONG_TYPE, "/contacts/1/channel", "c-2", "channel");
      assertThat(p.value()).contains("4");
      assertThat(p.message()).isEqualTo("expected a string");
    }

    @Test
    void anIdThatIsNotAStringLeavesTheRecordIdNull() {
      ReadResult r = readDocument(VALID.replace("\"id\": \"c-2\"", "\"id\": 2"));
      Problem p = single(r);

      assertProblem(p, ProblemCodes.WRONG_TYPE, "/contacts/1/id", null, "id");
      assertThat(r.dataset().size(RecordKind.CONTACT)).as("the record is kept").isEqualTo(2);
    }

    @Test
    void aRecordThatIsNotAnObject() {
      Problem p = single(readDocument(VALID.replace("\"contacts\": [", "\"contacts\": [7, ")));

      assertProblem(p, ProblemCodes.WRONG_TYPE, "/contacts/0", null, null);
      assertThat(p.value()).contains("7");
    }

    @Test
    void aRecordArrayThatIsAnObject() {
      ReadResult r =
          readDocument(
              VALID.replaceAll("(?m)^  \"antennas\".*\n", "  \"antennas\": {\"id\": \"a\"},\n"));
      Problem p = only(r, ProblemCodes.WRONG_TYPE);

      assertProblem(p, ProblemCodes.WRONG_TYPE, "/antennas", null, "antennas");
      assertThat(p.message()).isEqualTo("expected an array");
    }
  }

  @Nested
  class EmptyAndNull {
    @Test
    void anEmptyStringIsAnEmptyCellForAStringMember() {
      ReadResult r = readDocument(VALID.replace("\"sex\": \"F\"", "\"sex\": \"\""));

      assertThat(r.validation().problems()).isEmpty();
      assertThat(r.dataset().persons().get(0).sex()).isEmpty();
    }

    @Test
    void anEmptyStringForARequiredStringIsAMissingValue() {
      Problem p = single(readDocument(VALID.replace("\"name\": \"Antenne\"", "\"name\": \"\"")));

      assertProblem(p, ProblemCodes.MISSING_VALUE, "/antennas/0/name", "a", "name");
      assertThat(p.location().line()).as("found by the builder: located by pointer").isEmpty();
    }

    @Test
    void nullIsAbsent() {
      ReadResult r =
          readDocument(
              VALID
                  .replace("\"sex\": \"F\"", "\"sex\": null")
                  .replace("\"count\": 3", "\"count\": null"));

      assertThat(r.validation().problems()).isEmpty();
      assertThat(r.dataset().contacts().count(1)).isEqualTo(1);
    }

    @Test
    void anAbsentOptionalArrayIsNoRecords() {
      ReadResult r = readDocument(VALID.replace("\"health\":", "\"x\":"));

      assertThat(only(r, ProblemCodes.UNKNOWN_FIELD).field()).contains("x");
      assertThat(r.dataset().size(RecordKind.HEALTH)).isZero();
    }
  }

  @Nested
  class MembersOfObjects {
    @Test
    void anUnknownMemberOfARecord() {
      Problem p =
          single(
              readDocument(
                  VALID.replace("\"sex\": \"F\"", "\"sex\": \"F\", \"name\": \"Jeanne\"")));

      assertProblem(p, ProblemCodes.UNKNOWN_FIELD, "/persons/0/name", "p-1", "name");
      assertThat(p.location().line()).hasValue(5);
    }

    @Test
    void anUnknownMemberOfTheDocument() {
      Problem p =
          single(
              readDocument(VALID.replace("\"format\"", "\"comment\": {\"a\": [1]}, \"format\"")));

      assertProblem(p, ProblemCodes.UNKNOWN_FIELD, "/comment", null, "comment");
    }

    @Test
    void anUnknownMemberNameIsEscapedInThePointer() {
      Problem p =
          single(readDocument(VALID.replace("\"sex\": \"F\"", "\"sex\": \"F\", \"a/b~c\": 1")));

      assertProblem(p, ProblemCodes.UNKNOWN_FIELD, "/persons/0/a~1b~0c", "p-1", "a/b~c");
    }

    @Test
    void aDuplicateMemberKeepsTheFirstValue() {
      ReadResult r =
          readDocument(VALID.replace("\"sex\": \"F\"", "\"sex\": \"F\", \"sex\": \"M\""));
      Problem p = single(r);

      assertProblem(p, ProblemCodes.DUPLICATE_FIELD, "/persons/0/sex", "p-1", "sex");
      assertThat(r.dataset().persons().get(0).sex()).contains("F");
    }

    @Test
    void aDuplicateRecordArray() {
      ReadResult r = readDocument(VALID.replace("\"health\"", "\"persons\": [], \"health\""));

      assertProblem(single(r), ProblemCodes.DUPLICATE_FIELD, "/persons", null, "persons");
      assertThat(r.dataset().size(RecordKind.PERSON)).isEqualTo(1);
    }

    @Test
    void aMissingFormat() {
      Problem p = single(readDocument(VALID.replace("\"format\": \"terrain/1\",", "")));

      assertProblem(p, ProblemCodes.WRONG_FORMAT, "/format", null, "format");
      assertThat(p.message()).isEqualTo("expected format terrain/1");
    }

    @Test
    void aWrongFormat() {
      Problem p = single(readDocument(VALID.replace("terrain/1", "terrain/2")));

      assertProblem(p, ProblemCodes.WRONG_FORMAT, "/format", null, "format");
      assertThat(p.value()).contains("terrain/2");
      assertThat(p.location().line()).hasValue(2);
    }

    @Test
    void aMissingRequiredArray() {
      ReadResult r = readDocument(VALID.replaceAll("(?m)^  \"persons\".*\n", ""));

      Problem p = only(r, ProblemCodes.MISSING_FIELD);
      assertProblem(p, ProblemCodes.MISSING_FIELD, "/persons", null, "persons");
    }

    @Test
    void aNullRequiredArrayIsMissing() {
      ReadResult r =
          readDocument(
              VALID.replace(
                  "\"antennas\": [{\"id\": \"a\", \"name\": \"Antenne\", \"province\": \"BE-WHT\", \"kind\": \"SERVICE\"}]",
                  "\"antennas\": null"));

      assertProblem(
          only(r, ProblemCodes.MISSING_FIELD),
          ProblemCodes.MISSING_FIELD,
          "/antennas",
          null,
          "antennas");
    }

    @Test
    void aMissingOrganisationIsReportedOnce() {
      ReadResult r =
          readDocument(VALID.replace("\"organisation\": {\"id\": \"o\", \"name\": \"Org\"},", ""));

      assertProblem(single(r), ProblemCodes.ORGANISATION_COUNT, "/organisation", null, null);
    }
  }

  @Nested
  class Syntax {
    @Test
    void trailingContent() {
      ReadResult r = readDocument(VALID + "{}");
      Problem p = single(r);

      assertProblem(p, ProblemCodes.MALFORMED_JSON, null, null, null);
      assertThat(p.message()).isEqualTo("malformed JSON: content after the end of the document");
      assertThat(p.location().line()).hasValue(13);
      assertThat(r.dataset().size(RecordKind.CONTACT)).isEqualTo(2);
    }

    @Test
    void trailingGarbage() {
      Problem p = single(readDocument(VALID + "x"));

      assertThat(p.code()).isEqualTo(ProblemCodes.MALFORMED_JSON);
      assertThat(p.message()).isEqualTo("malformed JSON: content after the end of the document");
    }

    @Test
    void notANumberStopsTheReadingAndKeepsWhatWasRead() {
      ReadResult r = readDocument(VALID.replace("\"count\": 3", "\"count\": NaN"));

      Problem p = only(r, ProblemCodes.MALFORMED_JSON);
      assertProblem(p, ProblemCodes.MALFORMED_JSON, "/contacts/1/count", "c-2", "count");
      assertThat(p.message())
          .startsWith("malformed JSON: ")
          .contains("NaN")
          .doesNotContain("enable");
      assertThat(p.location().line()).hasValue(8);
      assertThat(r.dataset().size(RecordKind.PERSON)).isEqualTo(1);
      assertThat(r.dataset().size(RecordKind.CONTACT))
          .as("the record being read is not added")
          .isEqualTo(1);
      assertThat(r.dataset().size(RecordKind.HEALTH)).isZero();
    }

    @Test
    void malformedJsonStopsTheReadingAndKeepsWhatWasRead() {
      ReadResult r = readDocument(VALID.replace("\"id\": \"c-2\",", "\"id\": \"c-2\""));

      Problem p = only(r, ProblemCodes.MALFORMED_JSON);
      assertProblem(p, ProblemCodes.MALFORMED_JSON, "/contacts/1/id", "c-2", "id");
      assertThat(p.location().line()).hasValue(8);
      assertThat(p.location().column()).isPresent();
      assertThat(r.dataset().size(RecordKind.CONTACT)).isEqualTo(1);
      assertThat(r.dataset().persons().get(0).id()).isEqualTo("p-1");
    }

    @Test
    void aTruncatedDocument() {
      ReadResult r = readDocument(VALID.substring(0, VALID.indexOf("\"health\"")));

      assertThat(only(r, ProblemCodes.MALFORMED_JSON).message()).contains("end-of-input");
      assertThat(r.dataset().size(RecordKind.CONTACT)).isEqualTo(2);
    }

    @Test
    void anEmptyDocument() {
      ReadResult r = readDocument("  \n");

      assertThat(only(r, ProblemCodes.MALFORMED_JSON).message())
          .isEqualTo("malformed JSON: the document is empty");
    }

    @Test
    void aDocumentThatIsNotAnObject() {
      assertProblem(
          only(readDocument("[]"), ProblemCodes.WRONG_TYPE),
          ProblemCodes.WRONG_TYPE,
          "",
          null,
          null);
    }

    @Test
    void invalidUtf8() {
      byte[] bytes = VALID.replace("Antenne", "Antenne?").getBytes(StandardCharsets.UTF_8);
      int at = VALID.indexOf("Antenne") + "Antenne".length();
      bytes[at] = (byte) 0xC3;
      ReadResult r = READER.read(new ByteArrayInputStream(bytes), "data.json", false);

      Problem p = only(r, ProblemCodes.INVALID_ENCODING);
      assertProblem(p, ProblemCodes.INVALID_ENCODING, "/antennas/0/name", "a", "name");
    }

    @Test
    void aSingleQuotedStringOrACommentIsNotJson() {
      assertThat(only(readDocument(VALID.replace("\"Org\"", "'Org'")), ProblemCodes.MALFORMED_JSON))
          .isNotNull();
      assertThat(
              only(
                  readDocument(VALID.replace("\"format\"", "/* c */ \"format\"")),
                  ProblemCodes.MALFORMED_JSON))
          .isNotNull();
    }
  }

  @Nested
  class Limits {
    /** A document whose organisation name is {@code length} bytes long, made as it is read. */
    private CountingStream hugeName(long length) {
      String head = "{\"format\": \"terrain/1\", \"organisation\": {\"id\": \"o\", \"name\": \"";
      String tail = "\"}, \"antennas\": [], \"persons\": []}";
      return new CountingStream(
          new SequenceInputStream(
              new SequenceInputStream(bytes(head), new Repeating((byte) 'a', length)),
              bytes(tail)));
    }

    @Test
    void aStringOf50MegabytesIsRefusedWithoutHoldingIt() {
      CountingStream in = hugeName(50L * 1024 * 1024);

      ReadResult r = READER.read(in, "data.json", false);

      Problem p = only(r, ProblemCodes.LIMIT_EXCEEDED);
      assertProblem(p, ProblemCodes.LIMIT_EXCEEDED, "/organisation/name", "o", "name");
      assertThat(p.message()).contains("String value length").contains("1000000");
      assertThat(in.count).as("bytes read before refusing").isLessThan(4L * 1024 * 1024);
    }

    @Test
    void aLowerStringLimit() {
      JsonDatasetReader strict =
          JsonDatasetReader.builder()
              .today(ReferenceData.READ_ON)
              .limits(JsonLimits.defaults().withMaxStringLength(10))
              .build();

      ReadResult r =
          strict.read(
              bytes(VALID.replace("\"Org\"", "\"Organisation of a long name\"")),
              "data.json",
              false);

      assertThat(only(r, ProblemCodes.LIMIT_EXCEEDED).field()).contains("name");
    }

    @Test
    void deepNesting() {
      String deep = "[".repeat(100) + "]".repeat(100);
      ReadResult r =
          readDocument(VALID.replace("\"format\"", "\"deep\": " + deep + ", \"format\""));

      Problem p = only(r, ProblemCodes.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("nesting depth").contains("64");
      assertThat(p.location().pointer().orElseThrow()).startsWith("/deep/0/0/0");
    }

    @Test
    void aDocumentOverItsLengthLimit() {
      JsonDatasetReader small =
          JsonDatasetReader.builder()
              .today(ReferenceData.READ_ON)
              .limits(JsonLimits.defaults().withMaxDocumentLength(100))
              .build();

      ReadResult r = small.read(bytes(VALID), "data.json", false);

      assertThat(only(r, ProblemCodes.LIMIT_EXCEEDED).message()).contains("Document length");
    }

    @Test
    void jsonLinesHaveNoDocumentLengthLimit() {
      JsonDatasetReader small =
          JsonDatasetReader.builder()
              .today(ReferenceData.READ_ON)
              .limits(JsonLimits.defaults().withMaxDocumentLength(100).withMaxTokenCount(10))
              .build();

      assertThat(small.read(bytes(VALID_LINES), "data.jsonl", true).validation().problems())
          .isEmpty();
    }

    @Test
    void limitsRefuseNonsense() {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> JsonLimits.defaults().withMaxNestingDepth(3))
          .withMessageContaining("maxNestingDepth")
          .withMessageContaining("3");
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> JsonLimits.defaults().withMaxStringLength(0))
          .withMessageContaining("maxStringLength must be positive: 0");
    }
  }

  @Nested
  class JsonLinesInput {
    private void assertLine(Problem p, ProblemCode code, int line, String recordId, String field) {
      assertThat(p.code()).isEqualTo(code);
      assertThat(p.location().file()).contains("data.jsonl");
      assertThat(p.location().line()).isEqualTo(OptionalInt.of(line));
      assertThat(p.recordId()).isEqualTo(Optional.ofNullable(recordId));
      assertThat(p.field()).isEqualTo(Optional.ofNullable(field));
    }

    @Test
    void anUnknownType() {
      ReadResult r =
          readLines(
              VALID_LINES.replace(
                  "\"type\": \"contact\", \"id\": \"c-1\"",
                  "\"type\": \"contacts\", \"id\": \"c-1\""));
      Problem p = single(r);

      assertLine(p, ProblemCodes.UNKNOWN_RECORD_TYPE, 4, "c-1", "type");
      assertThat(p.value()).contains("contacts");
      assertThat(p.location().pointer()).isEmpty();
    }

    @Test
    void aMissingTypeOrAnAntennaLine() {
      ReadResult r =
          readLines(
              VALID_LINES.replace("\"type\": \"person\", ", "")
                  + "{\"type\": \"antenna\", \"id\": \"b\"}\n");

      List<Problem> problems =
          r.validation().problems().stream()
              .filter(p -> p.code().equals(ProblemCodes.UNKNOWN_RECORD_TYPE))
              .toList();
      assertThat(problems).hasSize(2);
      assertLine(problems.get(0), ProblemCodes.UNKNOWN_RECORD_TYPE, 2, "p-1", "type");
      assertThat(problems.get(0).value()).isEmpty();
      assertLine(problems.get(1), ProblemCodes.UNKNOWN_RECORD_TYPE, 7, "b", "type");
      assertThat(problems.get(1).value()).contains("antenna");
      assertThat(r.dataset().size(RecordKind.PERSON))
          .as("a record without a known type is not added")
          .isZero();
    }

    @Test
    void aFirstLineHoldingPersons() {
      ReadResult r = readLines(VALID_LINES.replaceFirst("}]}", "}], \"persons\": []}"));
      Problem p = single(r);

      assertLine(p, ProblemCodes.UNKNOWN_FIELD, 1, null, "persons");
      assertThat(p.location().pointer()).contains("/persons");
    }

    @Test
    void aProblemOnARecordLineIsLocatedByLine() {
      ReadResult r =
          readLines(
              VALID_LINES
                  .replace("\"count\": 3", "\"count\": 3.5")
                  .replace("\"date\": \"2020-03-17\"", "\"date\": \"2020-02-30\""));

      List<Problem> problems = r.validation().problems();
      assertLine(only(r, ProblemCodes.INVALID_DATE), ProblemCodes.INVALID_DATE, 4, "c-1", "date");
      assertLine(only(r, ProblemCodes.WRONG_TYPE), ProblemCodes.WRONG_TYPE, 5, "c-2", "count");
      assertThat(problems).hasSize(2);
    }

    @Test
    void problemsOfInterleavedKindsAndALatePersonComeInTheOrderOfTheLines() {
      String text =
          VALID_LINES
              + "{\"type\": \"contact\", \"id\": \"c-3\", \"date\": \"2020-13-01\", \"antenna_id\": \"a\", \"channel\": \"STREET\", \"person_id\": \"p-2\"}\n"
              + "{\"type\": \"person\", \"id\": \"p-2\", \"role\": \"NOT_A_ROLE\", \"sex\": \"F\"}\n"
              + "{\"type\": \"health\", \"id\": \"h-2\", \"date\": \"2020-02-03\", \"antenna_id\": \"a\", \"person_id\": \"p-2\", \"kind\": \"NOT_A_KIND\"}\n"
              + "{\"type\": \"contact\", \"id\": \"c-4\", \"date\": \"2020-03-19\", \"antenna_id\": \"a\", \"channel\": \"NOWHERE\", \"person_id\": \"p-2\"}\n";
      ReadResult r = readLines(text);
      List<Integer> lines =
          r.validation().problems().stream().map(p -> p.location().line().orElse(0)).toList();
      assertThat(lines).containsExactly(7, 8, 9, 10);
      assertThat(r.validation().problems())
          .extracting(Problem::code)
          .containsExactly(
              ProblemCodes.INVALID_DATE,
              ProblemCodes.UNKNOWN_CODE,
              ProblemCodes.UNKNOWN_CODE,
              ProblemCodes.UNKNOWN_CODE);
      assertThat(r.dataset().contacts()).hasSize(4);
      assertThat(r.dataset().persons()).hasSize(2);
    }

    @Test
    void aProblemInTheFirstLineHasAPointerIntoIt() {
      ReadResult r = readLines(VALID_LINES.replace("\"BE-WHT\"", "\"BE-XXX\""));
      Problem p = single(r);

      assertLine(p, ProblemCodes.INVALID_PROVINCE, 1, "a", "province");
      assertThat(p.location().pointer()).contains("/antennas/0/province");
    }

    @Test
    void aMissingFirstLine() {
      ReadResult r = readLines("\n\n");

      assertThat(only(r, ProblemCodes.WRONG_FORMAT).field()).contains("format");
      assertThat(only(r, ProblemCodes.MISSING_FIELD).field()).contains("antennas");
      assertThat(only(r, ProblemCodes.ORGANISATION_COUNT)).isNotNull();
    }

    @Test
    void twoRecordsOnOneLineAndARecordOnTwoLines() {
      String text =
          VALID_LINES.replace(
                  "\"sex\": \"F\"}\n",
                  "\"sex\": \"F\"} {\"type\": \"person\", \"id\": \"p-2\", \"role\": \"SEX_WORKER\"}\n")
              + "{\"type\": \"person\",\n \"id\": \"p-3\", \"role\": \"SEX_WORKER\"}\n";
      ReadResult r = readLines(text);

      List<Problem> problems = r.validation().problems();
      assertThat(problems)
          .hasSize(2)
          .allSatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCodes.MALFORMED_JSON));
      assertThat(problems.get(0).location().line()).hasValue(2);
      assertThat(problems.get(1).location().line()).hasValue(7);
      assertThat(r.dataset().size(RecordKind.PERSON)).as("both are read").isEqualTo(3);
    }

    @Test
    void malformedJsonStopsTheReadingAtItsLine() {
      ReadResult r =
          readLines(VALID_LINES.replace("\"person_id\": \"p-1\"}", "\"person_id\": \"p-1\""));

      Problem p = only(r, ProblemCodes.MALFORMED_JSON);
      assertThat(p.location().line()).hasValue(5);
      assertThat(p.location().pointer()).isEmpty();
      assertThat(r.dataset().size(RecordKind.PERSON)).isEqualTo(1);
      assertThat(r.dataset().size(RecordKind.CONTACT)).isZero();
    }
  }

  @Test
  void aDatasetRuleProblemIsLocatedByPointerInADocumentAndByLineInJsonLines() {
    Problem inDocument =
        only(
            readDocument(VALID.replace("\"person_id\": \"p-1\"}", "\"person_id\": \"p-9\"}")),
            ProblemCodes.UNKNOWN_PERSON);
    Problem inLines =
        only(
            readLines(VALID_LINES.replace("\"person_id\": \"p-1\"}", "\"person_id\": \"p-9\"}")),
            ProblemCodes.UNKNOWN_PERSON);

    assertProblem(
        inDocument, ProblemCodes.UNKNOWN_PERSON, "/contacts/0/person_id", "c-1", "person_id");
    assertThat(inDocument.value()).contains("p-9");
    assertThat(inLines.location()).isEqualTo(Location.ofLine("data.jsonl", 4));
    assertThat(inLines.recordId()).contains("c-1");
  }

  @Test
  void aFileThatCannotBeOpened(@TempDir Path dir) {
    ReadResult r = READER.read(dir.resolve("missing.json"));

    Problem p = only(r, ProblemCodes.UNREADABLE);
    assertThat(p.location()).isEqualTo(Location.ofFile("missing.json"));
  }

  /** Bytes of one value, made as they are read. */
  private static final class Repeating extends InputStream {
    private final byte value;
    private long left;

    Repeating(byte value, long length) {
      this.value = value;
      this.left = length;
    }

    @Override
    public int read() {
      if (left <= 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, value);
      left -= n;
      return n;
    }
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws java.io.IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
