package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.testing.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonDatasetWriterTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static Dataset small() {
    return JsonMalformedInputTest.readDocument(
            JsonMalformedInputTest.VALID.replace(
                "\"name\": \"Org\"", "\"name\": \"Org \\\"Été\\\" =1+1; a/b\""))
        .orThrow();
  }

  @Test
  void theDocumentLayout() {
    assertThat(JsonDatasetWriter.document().toJson(small()))
        .isEqualTo(
            """
            {
              "format": "terrain/1",
              "organisation": {"id": "o", "name": "Org \\"Été\\" =1+1; a/b"},
              "antennas": [
                {"id": "a", "name": "Antenne", "province": "BE-WHT", "kind": "SERVICE"}
              ],
              "persons": [
                {"id": "p-1", "role": "SEX_WORKER", "sex": "F", "birth_year": 1990}
              ],
              "profiles": [],
              "contacts": [
                {"id": "c-1", "date": "2020-03-17", "antenna_id": "a", "channel": "STREET", "person_id": "p-1", "count": 1},
                {"id": "c-2", "date": "2020-03-18", "antenna_id": "a", "channel": "STREET", "count": 3}
              ],
              "accompaniments": [],
              "health": [
                {"id": "h-1", "date": "2020-02-03", "antenna_id": "a", "person_id": "p-1", "kind": "NURSING_CARE", "act": "RAPID_TEST", "pathogens": ["HIV", "SYPHILIS"]}
              ],
              "distributions": []
            }
            """);
  }

  @Test
  void theJsonLinesLayout() {
    assertThat(JsonDatasetWriter.lines().toJson(small()))
        .isEqualTo(
            """
            {"format":"terrain/1","organisation":{"id":"o","name":"Org \\"Été\\" =1+1; a/b"},"antennas":[{"id":"a","name":"Antenne","province":"BE-WHT","kind":"SERVICE"}]}
            {"type":"person","id":"p-1","role":"SEX_WORKER","sex":"F","birth_year":1990}
            {"type":"contact","id":"c-1","date":"2020-03-17","antenna_id":"a","channel":"STREET","person_id":"p-1","count":1}
            {"type":"contact","id":"c-2","date":"2020-03-18","antenna_id":"a","channel":"STREET","count":3}
            {"type":"health","id":"h-1","date":"2020-02-03","antenna_id":"a","person_id":"p-1","kind":"NURSING_CARE","act":"RAPID_TEST","pathogens":["HIV","SYPHILIS"]}
            """);
  }

  @Test
  void anEmptyCellReadFromJsonIsLeftOutWhenWritten() {
    Dataset d =
        JsonMalformedInputTest.readDocument(
                JsonMalformedInputTest.VALID.replace(
                    "\"sex\": \"F\"", "\"sex\": \"\", \"nationality\": null"))
            .orThrow();

    assertThat(JsonDatasetWriter.document().toJson(d))
        .contains("{\"id\": \"p-1\", \"role\": \"SEX_WORKER\", \"birth_year\": 1990}");
  }

  @Test
  void theFormatIsForThisFileName() {
    assertThat(JsonDatasetWriter.forFile("a.JSONL").isLines()).isTrue();
    assertThat(JsonDatasetWriter.forFile("a.json").isLines()).isFalse();
  }

  @Test
  void aDatasetWithUnreadableRecordsIsNotWritten() {
    ReadResult r =
        JsonMalformedInputTest.readDocument(
            JsonMalformedInputTest.VALID.replace("\"date\": \"2020-03-17\"", "\"date\": 20200317"));
    assertThat(r.isValid()).isFalse();

    assertThatIllegalStateException()
        .isThrownBy(() -> JsonDatasetWriter.document().toBytes(r.dataset()))
        .withMessageContaining("date");
  }

  @Test
  void neverWritesNullOrAnEmptyString() {
    qt().withExamples(200).forAll(JsonGenerators.datasets()).checkAssert(this::noNullOrEmpty);
  }

  private void noNullOrEmpty(Dataset d) {
    List<JsonNode> values = new ArrayList<>();
    values.add(PLAIN.readTree(JsonDatasetWriter.document().toBytes(d)));
    for (String line : JsonDatasetWriter.lines().toJson(d).split("\n", -1)) {
      if (!line.isEmpty()) {
        values.add(PLAIN.readTree(line));
      }
    }
    for (JsonNode v : values) {
      assertNoNullOrEmpty(v);
    }
  }

  private static void assertNoNullOrEmpty(JsonNode node) {
    assertThat(node.isNull()).isFalse();
    if (node.isString()) {
      assertThat(node.asString()).isNotEmpty();
    }
    for (JsonNode child : node.values()) {
      assertNoNullOrEmpty(child);
    }
  }

  @Test
  void everyContactHasACountAndEveryLineEndsWithLf() {
    qt().withExamples(200).forAll(JsonGenerators.datasets()).checkAssert(this::countsAndLineEnds);
  }

  private void countsAndLineEnds(Dataset d) {
    JsonNode document = PLAIN.readTree(JsonDatasetWriter.document().toBytes(d));
    assertThat(document.get("contacts").values())
        .allSatisfy(c -> assertThat(c.get("count").isInt()).isTrue());
    assertThat(document.propertyNames())
        .containsExactly(
            "format",
            "organisation",
            "antennas",
            "persons",
            "profiles",
            "contacts",
            "accompaniments",
            "health",
            "distributions");

    String lines = JsonDatasetWriter.lines().toJson(d);
    assertThat(lines).endsWith("\n").doesNotContain("\r").doesNotContain("\n\n");
    assertThat(lines.split("\n"))
        .hasSize(
            1
                + d.persons().size()
                + d.profiles().size()
                + d.contacts().size()
                + d.accompaniments().size()
                + d.health().size()
                + d.distributions().size());
  }

  @Test
  void writesUtf8() {
    byte[] bytes = JsonDatasetWriter.document().toBytes(small());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Été");
    ReadResult again =
        JsonDatasetReader.builder()
            .today(ReferenceData.READ_ON)
            .build()
            .read(new ByteArrayInputStream(bytes), "x.json", false);
    assertThat(again.dataset().organisation().name()).isEqualTo("Org \"Été\" =1+1; a/b");
  }
}
