package be.terrain.json;

import static be.terrain.json.JsonMalformedInputTest.VALID;
import static be.terrain.json.JsonMalformedInputTest.VALID_LINES;
import static be.terrain.json.JsonMalformedInputTest.readDocument;
import static be.terrain.json.JsonMalformedInputTest.readLines;
import static be.terrain.json.JsonMalformedInputTest.single;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Problem;
import be.terrain.core.ReadResult;
import be.terrain.testing.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regressions of issue #17 (a fuzz of the readers): defects 4, 9, 11 and 12. */
class JsonReliabilityTest {

  /** Defect 4: a name holding {@code \ud800} validated, and CSV then wrote {@code ?}. */
  @Test
  void aLoneSurrogateInANameIsAnEncodingProblem() {
    ReadResult r = readDocument(VALID.replace("\"name\": \"Antenne\"", "\"name\": \"Ant\\ud800\""));
    Problem p = single(r);
    assertThat(p.code().code()).isEqualTo("TER-0208");
    assertThat(p.location().pointer()).hasValue("/antennas/0/name");
    assertThat(p.recordId()).hasValue("a");
    assertThat(p.field()).hasValue("name");
    assertThat(p.value()).hasValue("Ant\ud800");
  }

  @Test
  void aLoneSurrogateInAPathogenIsAnEncodingProblemToo() {
    ReadResult r = readDocument(VALID.replace("[\"HIV\", \"SYPHILIS\"]", "[\"HIV\", \"\\udc00\"]"));
    Problem p = single(r);
    assertThat(p.code().code()).isEqualTo("TER-0208");
    assertThat(p.field()).hasValue("pathogens");
    assertThat(p.value()).hasValue("\udc00");
  }

  @Test
  void aSurrogatePairIsNotLone() {
    ReadResult r =
        readDocument(VALID.replace("\"name\": \"Antenne\"", "\"name\": \"Ant \\ud83d\\ude00\""));
    assertThat(r.validation().problems()).isEmpty();
    assertThat(r.dataset().antennas().get(0).name()).isEqualTo("Ant \ud83d\ude00");
  }

  /**
   * Defect 11: in JSON Lines, for an id {@code p-\ud800} the problem's {@code record_id} was {@code
   * "p-?"} while its value kept {@code p-\ud800}. Both are the id as written.
   */
  @Test
  void aRecordIdHoldingALoneSurrogateIsGivenAsWritten() {
    ReadResult r = readLines(VALID_LINES.replace("\"id\": \"c-1\"", "\"id\": \"c-\\ud800\""));
    Problem p = single(r);
    assertThat(p.code().code()).isEqualTo("TER-0208");
    assertThat(p.location().line()).hasValue(4);
    assertThat(p.recordId()).hasValue("c-\ud800");
    assertThat(p.value()).hasValue("c-\ud800");
    String json = ProblemJson.toJson(r.validation().problems());
    assertThat(json).contains("\"record_id\": \"c-\\uD800\"").contains("\"value\": \"c-\\uD800\"");
  }

  /** Defect 12: a malformed member name was reported on the member before it. */
  @Test
  void aMalformedMemberNameIsBlamedOnItsRecordNotOnTheMemberBefore() {
    ReadResult r = readDocument(VALID.replace("\"role\": \"SEX_WORKER\"", "role: \"SEX_WORKER\""));
    Problem p =
        r.validation().problems().stream()
            .filter(q -> q.code().code().equals("TER-0210"))
            .findFirst()
            .orElseThrow();
    assertThat(p.location().pointer()).hasValue("/persons/0");
    assertThat(p.field()).isEmpty();
    assertThat(p.recordId()).hasValue("p-1");
  }

  /** Defect 9: problems past the limit are counted, not kept. */
  @Test
  void problemsPastTheLimitAreCountedNotKept() {
    StringBuilder lines = new StringBuilder(VALID_LINES);
    for (int i = 0; i < 300; i++) {
      lines
          .append("{\"type\": \"contact\", \"id\": \"x-")
          .append(i)
          .append(
              "\", \"date\": \"2020-02-30\", \"antenna_id\": \"a\", \"channel\": \"STREET\"}\n");
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    ReadResult all = readLines(lines.toString());
    ReadResult some =
        JsonDatasetReader.builder()
            .today(ReferenceData.READ_ON)
            .problemLimit(50)
            .build()
            .read(new ByteArrayInputStream(bytes), "data.jsonl", true);
    assertThat(all.validation().problems()).hasSize(300);
    assertThat(some.validation().problems()).isEqualTo(all.validation().problems().subList(0, 50));
    assertThat(some.validation().omitted()).isEqualTo(250);
  }

  private static String members(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(", \"m").append(i).append("\": 0");
    }
    return out.toString();
  }

  /**
   * A record's problems past a thousand are counted in one: they were all kept, waiting for its id,
   * to its end (ten million members ran out of memory; {@link JsonMemoryBoundsTest}).
   */
  @Test
  void aRecordKeepsAThousandProblemsAndCountsTheOthers() {
    ReadResult r =
        readDocument(VALID.replace("\"sex\": \"F\"}]", "\"sex\": \"F\"" + members(1003) + "}]"));
    List<Problem> problems = r.validation().problems();
    assertThat(problems).hasSize(1001);
    assertThat(problems.get(999).field()).hasValue("m999");
    Problem counted = problems.get(1000);
    assertThat(counted.code().code()).isEqualTo("TER-0212");
    assertThat(counted.message())
        .isEqualTo(
            "input exceeds a safety limit: 3 more problems in this record, past the 1000 reported");
    assertThat(counted.location().pointer()).hasValue("/persons/0");
    assertThat(counted.recordId()).hasValue("p-1");
  }

  /** JSON Lines: the members read before the type are bounded the same way. */
  @Test
  void aJsonLinesRecordKeepsAThousandMembersBeforeItsType() {
    ReadResult r =
        readLines(
            VALID_LINES.replace(
                "{\"type\": \"person\", \"id\": \"p-1\",",
                "{\"id\": \"p-1\"" + members(1003) + ", \"type\": \"person\","));
    List<Problem> problems = r.validation().problems();
    assertThat(problems).hasSize(1000);
    assertThat(problems.get(998).field()).hasValue("m998");
    assertThat(problems.get(999).message())
        .isEqualTo(
            "input exceeds a safety limit: 4 more problems in this record, past the 1000 reported");
    assertThat(problems.get(999).recordId()).hasValue("p-1");
  }

  /** The document's member names are remembered up to a thousand, to find one named twice. */
  @Test
  void theDocumentRemembersAThousandUnknownNames() {
    String many = members(1001).substring(2);
    ReadResult r =
        readDocument(
            VALID.replace(
                "\"format\": \"terrain/1\",",
                "\"format\": \"terrain/1\", " + many + ", \"m0\": 1, \"m1000\": 2,"));
    List<Problem> problems = r.validation().problems();
    assertThat(problems).hasSize(1003);
    assertThat(problems.get(1001).code().code()).isEqualTo("TER-0205");
    assertThat(problems.get(1001).location().pointer()).hasValue("/m0");
    assertThat(problems.get(1002).code().code()).isEqualTo("TER-0203");
    assertThat(problems.get(1002).location().pointer()).hasValue("/m1000");
  }
}
