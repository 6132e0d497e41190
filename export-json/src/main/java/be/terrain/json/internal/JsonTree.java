package be.terrain.json.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A small tree of a JSON document, each node with its JSON pointer, line and column, for files
 * small enough to hold whole ({@code rules.json}): duplicate members are kept to be reported, and
 * numbers are kept as written.
 */
public final class JsonTree {
  private JsonTree() {}

  /** A node: where it is in the document. */
  public sealed interface Node permits Obj, Arr, Str, Int, Other, Duplicate {
    /** The node's JSON pointer. */
    String pointer();

    /** The line the node starts on. */
    int line();

    /** The column the node starts at. */
    int column();
  }

  /** An object: its members in order, and the duplicates of members. */
  public record Obj(
      String pointer, int line, int column, Map<String, Node> members, List<Node> duplicates)
      implements Node {}

  /** An array. */
  public record Arr(String pointer, int line, int column, List<Node> items) implements Node {}

  /** A string. */
  public record Str(String pointer, int line, int column, String value) implements Node {}

  /** An integer, however large. */
  public record Int(String pointer, int line, int column, BigInteger value) implements Node {}

  /** A decimal number, a boolean or null; {@code text} is how it was written. */
  public record Other(String pointer, int line, int column, String text, boolean isNull)
      implements Node {}

  /** A duplicate member, kept to be reported. */
  public record Duplicate(String pointer, int line, int column, String name) implements Node {}

  /** Reads the value the parser is on (and its children) as a node at a pointer. */
  public static Node parse(JsonParser p, String pointer) {
    TokenStreamLocation l = p.currentTokenLocation();
    int line = l.getLineNr();
    int col = l.getColumnNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> members = new LinkedHashMap<>();
        List<Node> duplicates = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          TokenStreamLocation nl = p.currentTokenLocation();
          String child = Pointers.child(pointer, name);
          p.nextToken();
          Node value = parse(p, child);
          if (members.containsKey(name)) {
            duplicates.add(new Duplicate(child, nl.getLineNr(), nl.getColumnNr(), name));
          } else {
            members.put(name, value);
          }
        }
        return new Obj(pointer, line, col, members, duplicates);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(parse(p, Pointers.child(pointer, items.size())));
        }
        return new Arr(pointer, line, col, items);
      }
      case VALUE_STRING -> {
        return new Str(pointer, line, col, p.getString());
      }
      case VALUE_NUMBER_INT -> {
        return new Int(pointer, line, col, p.getBigIntegerValue());
      }
      case VALUE_NULL -> {
        return new Other(pointer, line, col, "null", true);
      }
      default -> {
        return new Other(pointer, line, col, p.getText(), false);
      }
    }
  }

  /** A member of an object; an explicit null is an absent member. */
  public static Node member(Obj o, String name) {
    Node n = o.members().get(name);
    return n instanceof Other other && other.isNull() ? null : n;
  }

  /** How a node is shown as a problem's value: scalars as written, containers abridged. */
  public static String text(Node n) {
    if (n instanceof Str s) {
      return s.value();
    }
    if (n instanceof Int i) {
      return i.value().toString();
    }
    if (n instanceof Other o) {
      return o.text();
    }
    return n instanceof Arr ? "[...]" : "{...}";
  }
}
