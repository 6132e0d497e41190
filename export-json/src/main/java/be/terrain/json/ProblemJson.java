package be.terrain.json;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Language;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.json.internal.LayoutPrinter;
import be.terrain.json.internal.Mappers;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes problems as JSON, for tools that collect problems from many member organisations: an array
 * of objects with exactly the members {@code file}, {@code line}, {@code column}, {@code pointer},
 * {@code record_id}, {@code field}, {@code code}, {@code value} and {@code message}, in that order,
 * {@code null} where one does not apply (as {@code exchange-format.md} says). One problem per line:
 *
 * <pre>{@code
 * [
 *   {"file": "contacts.csv", "line": 12, "column": 2, "pointer": null, "record_id": "c-0042", ...}
 * ]
 * }</pre>
 *
 * <p>UTF-8, LF line ends, deterministic. Thread-safe.
 */
public final class ProblemJson {
  private ProblemJson() {}

  /**
   * Writes the problems with English messages to a stream, which is flushed, not closed.
   *
   * @param problems the problems, in the order written
   * @param out the stream the UTF-8 text is written to
   */
  public static void write(List<Problem> problems, OutputStream out) {
    write(problems, Language.EN, out);
  }

  /**
   * Writes the problems to a stream, which is flushed, not closed.
   *
   * @param language the language of the messages (Dutch gets English)
   * @param problems the problems, in the order written
   * @param out the stream the UTF-8 text is written to
   * @throws UncheckedIOException when the stream cannot be written
   */
  public static void write(List<Problem> problems, Language language, OutputStream out) {
    requireNonNull(problems, "problems");
    requireNonNull(language, "language");
    requireNonNull(out, "out");
    try (JsonGenerator g =
        Mappers.MAPPER
            .writer()
            .with(LayoutPrinter.DOCUMENT)
            .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartArray();
      for (Problem p : problems) {
        Location at = p.location();
        g.writeStartObject();
        string(g, "file", at.file());
        integer(g, "line", at.line());
        integer(g, "column", at.column());
        string(g, "pointer", at.pointer());
        string(g, "record_id", p.recordId());
        string(g, "field", p.field());
        g.writeName("code");
        g.writeString(p.code().code());
        string(g, "value", p.value());
        g.writeName("message");
        g.writeString(p.message(language));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * {@return the problems as JSON text, with English messages}
   *
   * @param problems the problems, in the order written
   */
  public static String toJson(List<Problem> problems) {
    return toJson(problems, Language.EN);
  }

  /**
   * {@return the problems as JSON text}
   *
   * @param problems the problems, in the order written
   * @param language the language of the messages (Dutch gets English)
   */
  public static String toJson(List<Problem> problems, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(problems, language, out);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) {
    g.writeName(name);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  private static void integer(JsonGenerator g, String name, OptionalInt value) {
    g.writeName(name);
    if (value.isPresent()) {
      g.writeNumber(value.getAsInt());
    } else {
      g.writeNull();
    }
  }
}
