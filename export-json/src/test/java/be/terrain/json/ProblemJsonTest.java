package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Language;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemJsonTest {
  private static final Problem CSV =
      Problem.of(ProblemCodes.INVALID_DATE)
          .at(Location.ofCell("contacts.csv", 12, 2))
          .record(RecordKind.CONTACT, "c-0042")
          .field("date")
          .value("2020-02-30")
          .build();

  private static final Problem JSON =
      Problem.of(ProblemCodes.WRONG_TYPE)
          .at(Location.ofPointer("data.json", "/contacts/3/count"))
          .record(RecordKind.CONTACT, null)
          .field("count")
          .value("\"3\"")
          .args("an integer")
          .build();

  private static final Problem BARE = Problem.of(ProblemCodes.ORGANISATION_COUNT).build();

  @Test
  void theShapeOfTheSpec() {
    assertThat(ProblemJson.toJson(List.of(CSV, JSON, BARE)))
        .isEqualTo(
            """
            [
              {"file": "contacts.csv", "line": 12, "column": 2, "pointer": null, "record_id": "c-0042", "field": "date", "code": "TER-0104", "value": "2020-02-30", "message": "not a calendar date"},
              {"file": "data.json", "line": null, "column": null, "pointer": "/contacts/3/count", "record_id": null, "field": "count", "code": "TER-0211", "value": "\\"3\\"", "message": "expected an integer"},
              {"file": null, "line": null, "column": null, "pointer": null, "record_id": null, "field": null, "code": "TER-0209", "value": null, "message": "a dataset has exactly one organisation"}
            ]
            """);
  }

  @Test
  void everyObjectHasExactlyTheMembersOfTheSpec() {
    JsonNode array = JsonMapper.builder().build().readTree(ProblemJson.toJson(List.of(CSV, JSON)));
    assertThat(array.values())
        .hasSize(2)
        .allSatisfy(
            o ->
                assertThat(o.propertyNames())
                    .containsExactly(
                        "file",
                        "line",
                        "column",
                        "pointer",
                        "record_id",
                        "field",
                        "code",
                        "value",
                        "message"));
  }

  @Test
  void messagesInFrench() {
    assertThat(ProblemJson.toJson(List.of(CSV), Language.FR))
        .contains("\"message\": \"pas une date du calendrier (AAAA-MM-JJ)\"");
  }

  @Test
  void noProblemIsAnEmptyArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProblemJson.write(List.of(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
  }

  @Test
  void theProblemsOfAReadAreWrittenWhereTheyAre() {
    var r =
        JsonMalformedInputTest.readDocument(
            JsonMalformedInputTest.VALID.replace("\"birth_year\": 1990", "\"birth_year\": 1990.0"));
    assertThat(ProblemJson.toJson(r.validation().problems()))
        .contains("\"file\": \"data.json\", \"line\": 5, \"column\": ")
        .contains(
            "\"pointer\": \"/persons/0/birth_year\", \"record_id\": \"p-1\", \"field\": \"birth_year\", \"code\": \"TER-0211\", \"value\": \"1990.0\"");
  }
}
