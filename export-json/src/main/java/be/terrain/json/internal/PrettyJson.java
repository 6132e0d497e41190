package be.terrain.json.internal;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes the pretty-printed output documents ({@code report.json}, {@code rules-check.json}) in one
 * layout: UTF-8, two-space indentation at every level, one member or element per line, {@code
 * "name": value}, {@code []} when empty, LF line ends and a final LF. Same content, same bytes.
 * Written as a stream of tokens from {@link JsonFactories#WRITER}: no mapper is built for them.
 */
public final class PrettyJson {
  private PrettyJson() {}

  /**
   * Writes a document to a stream (flushed, not closed).
   *
   * @throws UncheckedIOException when the stream cannot be written
   */
  public static void write(OutputStream out, Consumer<JsonGenerator> body) {
    requireNonNull(out, "out");
    try (JsonGenerator g =
        JsonFactories.WRITER.createGenerator(new Layout(), out, JsonEncoding.UTF8)) {
      body.accept(g);
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a file, replacing it.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Path file, Consumer<JsonGenerator> body) {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document as UTF-8 bytes. */
  public static byte[] toBytes(Consumer<JsonGenerator> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, body);
    return out.toByteArray();
  }

  /**
   * What a mapper's writer would give the generator, without a mapper: the layout and no closing of
   * the stream.
   */
  private static final class Layout extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return layout(); // a new one each time: a pretty printer counts its nesting
    }

    @Override
    public int getStreamWriteFeatures(int defaults) {
      return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
    }
  }

  static PrettyPrinter layout() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("")
                .withRootSeparator(""))
        .withArrayIndenter(indenter)
        .withObjectIndenter(indenter);
  }
}
