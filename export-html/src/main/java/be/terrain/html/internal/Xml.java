package be.terrain.html.internal;

/** Writing well-formed XHTML: text and attribute escaping on a growing buffer. */
public final class Xml {
  private final StringBuilder b;

  /** A writer with a first capacity. */
  public Xml(int capacity) {
    this.b = new StringBuilder(capacity);
  }

  /** Appends markup as is. */
  public Xml raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Appends text, escaped. */
  public Xml text(String text) {
    escape(b, text, false);
    return this;
  }

  /** Appends {@code <tag attr="value"...>}: attributes as name, value pairs, values escaped. */
  public Xml open(String tag, String... attributes) {
    b.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      b.append(' ').append(attributes[i]).append("=\"");
      escape(b, attributes[i + 1], true);
      b.append('"');
    }
    b.append('>');
    return this;
  }

  /** Appends {@code </tag>}. */
  public Xml close(String tag) {
    b.append("</").append(tag).append('>');
    return this;
  }

  /** Appends an element holding escaped text. */
  public Xml element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Appends {@code s} to {@code b} with {@code <>&} escaped, and {@code "} too in an attribute. */
  static void escape(StringBuilder b, String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        default -> b.append(c);
      }
    }
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
