package be.terrain.federation.internal;

import be.terrain.stats.spi.JsonText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes the federation files in one layout (that of Terrain's other output documents): UTF-8,
 * two-space indentation, one member or element per line, {@code "name": value}, {@code []} and
 * {@code {}} when empty, LF line ends and a final LF. Same calls, same bytes.
 */
public final class JsonOut {
  private final StringBuilder b = new StringBuilder(1 << 12);
  private boolean[] first = new boolean[16];
  private int depth;
  private boolean afterName;

  /** Starts an object. */
  public JsonOut startObject() {
    beforeValue();
    return open('{');
  }

  /** Ends an object. */
  public JsonOut endObject() {
    return close('}');
  }

  /** Starts an array. */
  public JsonOut startArray() {
    beforeValue();
    return open('[');
  }

  /** Ends an array. */
  public JsonOut endArray() {
    return close(']');
  }

  /** A member's name. */
  public JsonOut name(String name) {
    separate();
    quote(name);
    b.append(": ");
    afterName = true;
    return this;
  }

  /** A string. */
  public JsonOut string(String s) {
    beforeValue();
    quote(s);
    return this;
  }

  /** An integer. */
  public JsonOut number(long v) {
    beforeValue();
    b.append(v);
    return this;
  }

  /** A decimal as written by {@link BigDecimal#toPlainString()}. */
  public JsonOut number(BigDecimal v) {
    beforeValue();
    b.append(v.toPlainString());
    return this;
  }

  /** A literal such as {@code true}. */
  public JsonOut raw(String literal) {
    beforeValue();
    b.append(literal);
    return this;
  }

  /** {@code null}. */
  public JsonOut nul() {
    beforeValue();
    b.append("null");
    return this;
  }

  /** A member with a string value. */
  public JsonOut string(String name, String value) {
    return name(name).string(value);
  }

  /** A member with an integer value. */
  public JsonOut number(String name, long value) {
    return name(name).number(value);
  }

  /** The document as UTF-8 bytes, with a final line end. */
  public byte[] toBytes() {
    if (depth != 0) {
      throw new IllegalStateException("unclosed JSON container");
    }
    return (b + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private JsonOut open(char c) {
    b.append(c);
    depth++;
    if (depth == first.length) {
      first = java.util.Arrays.copyOf(first, depth * 2);
    }
    first[depth] = true;
    return this;
  }

  private JsonOut close(char c) {
    if (!first[depth]) {
      b.append('\n');
      indent(depth - 1);
    }
    depth--;
    b.append(c);
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      separate();
    }
  }

  private void separate() {
    if (!first[depth]) {
      b.append(',');
    }
    first[depth] = false;
    b.append('\n');
    indent(depth);
  }

  private void indent(int d) {
    for (int i = 0; i < d; i++) {
      b.append("  ");
    }
  }

  private void quote(String s) {
    JsonText.appendQuoted(b, s);
  }
}
