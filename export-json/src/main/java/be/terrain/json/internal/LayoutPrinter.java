package be.terrain.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamContext;

/**
 * The layout of the JSON files Terrain writes, so that the same data gives the same bytes.
 *
 * <p>{@link #DOCUMENT}: the top-level object and arrays directly in it (or a top-level array) have
 * one entry per line, indented by two spaces per level; every other object and array (a record, the
 * organisation, {@code pathogens}, a problem) is on one line, with {@code ": "} after names and
 * {@code ", "} between entries. Empty containers are {@code []} and {@code {}}. Lines end in LF.
 *
 * <p>{@link #COMPACT}: no whitespace at all (JSON Lines writes one value per line itself).
 *
 * <p>Stateless: the layout depends only on the generator's nesting.
 */
public final class LayoutPrinter implements PrettyPrinter {
  /** One entry per line at the top, records on one line each. */
  public static final LayoutPrinter DOCUMENT = new LayoutPrinter(true);

  /** No whitespace. */
  public static final LayoutPrinter COMPACT = new LayoutPrinter(false);

  private static final String INDENT = "  ";

  private final boolean spaced;

  private LayoutPrinter(boolean spaced) {
    this.spaced = spaced;
  }

  /** Whether the container being written lays out one entry per line. */
  private boolean vertical(JsonGenerator g) {
    if (!spaced) {
      return false;
    }
    TokenStreamContext c = g.streamWriteContext();
    int depth = c.getNestingDepth();
    return c.inObject() ? depth == 1 : depth <= 2;
  }

  private static void newLine(JsonGenerator g, int depth) {
    g.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      g.writeRaw(INDENT);
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    // Callers write their own line ends between top-level values.
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    if (vertical(g)) {
      newLine(g, g.streamWriteContext().getNestingDepth());
    }
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(spaced ? ": " : ":");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    separate(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    close(g, entries);
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    beforeObjectEntries(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    separate(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    close(g, values);
    g.writeRaw(']');
  }

  private void separate(JsonGenerator g) {
    g.writeRaw(',');
    if (vertical(g)) {
      newLine(g, g.streamWriteContext().getNestingDepth());
    } else if (spaced) {
      g.writeRaw(' ');
    }
  }

  private void close(JsonGenerator g, int entries) {
    if (entries > 0 && vertical(g)) {
      newLine(g, g.streamWriteContext().getNestingDepth() - 1);
    }
  }
}
