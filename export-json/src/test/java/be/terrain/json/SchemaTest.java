package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.Dataset;
import be.terrain.testing.MiniCsv;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON Schemas shipped as resources, checked with a JSON Schema validator (draft 2020-12). */
class SchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaLoader(
                  l ->
                      l.fetchRemoteResources(false)
                          .schemaIdResolvers(
                              r ->
                                  r.mapPrefix(
                                      "https://schemas.terrain.be/",
                                      "classpath:be/terrain/json/"))));
  private static final Schema DOCUMENT =
      REGISTRY.getSchema(SchemaLocation.of(TerrainJson.SCHEMA_ID));
  private static final Schema LINE =
      REGISTRY.getSchema(SchemaLocation.of(TerrainJson.LINE_SCHEMA_ID));

  private static List<Error> document(String json) {
    return DOCUMENT.validate(json, InputFormat.JSON);
  }

  private static void assertLinesValid(String jsonl) {
    for (String line : jsonl.split("\n")) {
      assertThat(LINE.validate(line, InputFormat.JSON)).as(line).isEmpty();
    }
  }

  @Test
  void theResourcesAreThoseOfTheIds() throws Exception {
    try (InputStream in = TerrainJson.openSchema()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"$id\": \"" + TerrainJson.SCHEMA_ID + "\"");
    }
    try (InputStream in = TerrainJson.openLineSchema()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"$id\": \"" + TerrainJson.LINE_SCHEMA_ID + "\"");
    }
  }

  @Test
  void theReferenceDatasetAsWrittenIsValid() {
    Dataset reference = MiniCsv.reference();

    assertThat(document(JsonDatasetWriter.document().toJson(reference))).isEmpty();
    assertLinesValid(JsonDatasetWriter.lines().toJson(reference));
  }

  @Test
  void theValidExamplesOfTheReaderTestsAreValid() {
    assertThat(document(JsonMalformedInputTest.VALID)).isEmpty();
    assertLinesValid(JsonMalformedInputTest.VALID_LINES.replace("\n\n", "\n"));
  }

  @Test
  void nullAndEmptyStringsForUnknownValuesAreValid() {
    assertThat(
            document(
                JsonMalformedInputTest.VALID
                    .replace("\"sex\": \"F\"", "\"sex\": \"\", \"nationality\": null")
                    .replace("\"count\": 3", "\"count\": null")
                    .replace("\"health\": [", "\"profiles\": null, \"health\": [")))
        .isEmpty();
  }

  @Test
  void everyDatasetTheWriterWritesIsValid() {
    qt().withExamples(50)
        .forAll(JsonGenerators.datasets())
        .checkAssert(
            d -> {
              assertThat(document(JsonDatasetWriter.document().toJson(d))).isEmpty();
              assertLinesValid(JsonDatasetWriter.lines().toJson(d));
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          an unknown member of a record      ; "sex": "F"                             ; "sex": "F", "name": "Jeanne"
          an unknown member of the document  ; "format": "terrain/1",                 ; "format": "terrain/1", "comment": 1,
          a missing format                   ; "format": "terrain/1",                 ; ``
          a wrong format                     ; terrain/1                              ; terrain/2
          a string for an integer            ; "birth_year": 1990                     ; "birth_year": "1990"
          a number for a string              ; "channel": "STREET", "count"           ; "channel": 4, "count"
          a string for pathogens             ; ["HIV", "SYPHILIS"]                    ; "HIV"
          a separator in a pathogen          ; ["HIV", "SYPHILIS"]                    ; ["HIV|SYPHILIS"]
          a repeated pathogen                ; ["HIV", "SYPHILIS"]                    ; ["HIV", "HIV"]
          a rapid test without pathogens     ; , "pathogens": ["HIV", "SYPHILIS"]     ; ``
          a target on a nursing care         ; "act": "RAPID_TEST"                    ; "act": "RAPID_TEST", "target": "DOCTOR"
          an empty string for an id          ; "id": "c-2"                            ; "id": ""
          null for a required value          ; "channel": "STREET", "count"           ; "channel": null, "count"
          an identified contact of count 3   ; "person_id": "p-1"}                    ; "person_id": "p-1", "count": 3}
          a count out of range               ; "count": 3                             ; "count": 0
          a bad id                           ; "id": "c-2"                            ; "id": "c 2"
          a bad date                         ; 2020-03-18                             ; 18/03/2020
          UNKNOWN as a sex                   ; "sex": "F"                             ; "sex": "UNKNOWN"
          a missing antennas array           ; "antennas": [                          ; "antenna": [
          """)
  void anInvalidDocumentIsNotValid(String what, String from, String to) {
    String json = JsonMalformedInputTest.VALID.replace(from, to == null ? "" : to);
    assertThat(json)
        .as("the example changes the document")
        .isNotEqualTo(JsonMalformedInputTest.VALID);

    assertThat(document(json)).as(what).isNotEmpty();
  }

  @Test
  void invalidLines() {
    String header = JsonMalformedInputTest.VALID_LINES.lines().findFirst().orElseThrow();
    assertThat(LINE.validate(header.replace("}]}", "}], \"persons\": []}"), InputFormat.JSON))
        .isNotEmpty();
    assertThat(LINE.validate("{\"type\": \"antenna\", \"id\": \"b\"}", InputFormat.JSON))
        .isNotEmpty();
    assertThat(
            LINE.validate(
                "{\"type\": \"person\", \"id\": \"p\", \"role\": \"SEX_WORKER\", \"x\": 1}",
                InputFormat.JSON))
        .isNotEmpty();
    assertThat(LINE.validate("{\"id\": \"p\", \"role\": \"SEX_WORKER\"}", InputFormat.JSON))
        .isNotEmpty();
    assertThat(
            LINE.validate(
                "{\"type\": \"person\", \"id\": \"p\", \"role\": \"SEX_WORKER\"}",
                InputFormat.JSON))
        .isEmpty();
  }
}
