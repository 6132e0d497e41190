package be.terrain.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;

/**
 * The output documents are written as streams without a mapper (issue #13): the same bytes as the
 * shared mapper's writer with the same layout, and the stream left open.
 */
class PrettyJsonTest {
  /** What PrettyJson wrote through the shared mapper's writer until it needed no mapper. */
  private static byte[] throughTheMapper(Consumer<JsonGenerator> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g =
        Mappers.MAPPER
            .writer()
            .with(PrettyJson.layout())
            .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .createGenerator(out, JsonEncoding.UTF8)) {
      body.accept(g);
      g.writeRaw('\n');
    }
    return out.toByteArray();
  }

  private static Consumer<JsonGenerator> document(String text, long number, int depth) {
    return g -> {
      g.writeStartObject();
      g.writeStringProperty("text", text);
      g.writeStringProperty("key " + text, "a/b é \u2028 \"q\" \\ \t\u0001");
      g.writeNumberProperty("number", number);
      g.writeName("empty");
      g.writeStartArray();
      g.writeEndArray();
      g.writeName("nothing");
      g.writeStartObject();
      g.writeEndObject();
      g.writeName("nested");
      for (int i = 0; i < depth; i++) {
        g.writeStartArray();
        g.writeNull();
        g.writeBoolean(i % 2 == 0);
        g.writeNumber(number / (i + 1));
        g.writeString(text);
        g.writeStartObject();
        g.writeName("n");
        g.writeNumber(i);
        g.writeEndObject();
      }
      for (int i = 0; i < depth; i++) {
        g.writeEndArray();
      }
      if (depth == 0) {
        g.writeNull();
      }
      g.writeEndObject();
    };
  }

  @Test
  void theBytesAreTheMappersWritersBytes() {
    qt().withExamples(300)
        .forAll(
            strings().allPossible().ofLengthBetween(0, 12), longs().all(), integers().between(0, 4))
        .checkAssert(
            (text, number, depth) ->
                assertThat(PrettyJson.toBytes(document(text, number, depth)))
                    .isEqualTo(throughTheMapper(document(text, number, depth))));
  }

  @Test
  void theStreamIsLeftOpen() {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    PrettyJson.write(out, document("x/é", 1, 1));
    assertThat(closed[0]).isFalse();
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"x/é\"")
        .endsWith("\n");
  }
}
