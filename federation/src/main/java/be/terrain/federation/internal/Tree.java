package be.terrain.federation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * A federation file read whole into a small tree, each node with its JSON pointer: duplicate
 * members are kept to be reported (the first one counts), numbers as written.
 */
public final class Tree {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(64)
                  .maxStringLength(1 << 20)
                  .maxNumberLength(40)
                  .build())
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private Tree() {}

  /** A node and its pointer. */
  public sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
    /** The node's JSON pointer. */
    String pointer();
  }

  /** An object: members in order; duplicates as pointers to the repeated members. */
  public record Obj(String pointer, Map<String, Node> members, List<String> duplicates)
      implements Node {}

  /** An array. */
  public record Arr(String pointer, List<Node> items) implements Node {}

  /** A string. */
  public record Str(String pointer, String value) implements Node {}

  /** A number as written. */
  public record Num(String pointer, BigDecimal value, boolean integral) implements Node {}

  /** A boolean. */
  public record Bool(String pointer, boolean value) implements Node {}

  /** {@code null}. */
  public record Null(String pointer) implements Node {}

  /** What reading gave: the root, or why there is none and the pointer of where it failed. */
  public record Parsed(Node root, String error, String errorPointer) {}

  /** A number JSON allows but a {@link BigDecimal} cannot hold (an exponent past its scale). */
  private static final class NumberOutOfRange extends RuntimeException {
    private final String pointer;

    NumberOutOfRange(String pointer, String text) {
      super("a number out of range: " + text, null, false, false);
      this.pointer = pointer;
    }
  }

  /** Reads a document (never throws on bad input). */
  public static Parsed parse(byte[] bytes) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new Parsed(null, "the file is empty", "");
      }
      Node root = node(p, "");
      if (p.nextToken() != null) {
        return new Parsed(null, "content after the end of the document", "");
      }
      return new Parsed(root, null, null);
    } catch (JacksonException e) {
      return new Parsed(null, e.getOriginalMessage(), "");
    } catch (NumberOutOfRange e) {
      return new Parsed(null, e.getMessage(), e.pointer);
    }
  }

  private static Node node(JsonParser p, String pointer) {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> members = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          String child = child(pointer, name);
          p.nextToken();
          Node value = node(p, child);
          if (members.containsKey(name)) {
            duplicates.add(child);
          } else {
            members.put(name, value);
          }
        }
        return new Obj(pointer, members, duplicates);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(p, pointer + "/" + items.size()));
        }
        return new Arr(pointer, items);
      }
      case VALUE_STRING -> {
        return new Str(pointer, p.getString());
      }
      case VALUE_NUMBER_INT -> {
        return new Num(pointer, new BigDecimal(p.getBigIntegerValue()), true);
      }
      case VALUE_NUMBER_FLOAT -> {
        try {
          return new Num(pointer, p.getDecimalValue(), false);
        } catch (NumberFormatException | ArithmeticException e) {
          throw new NumberOutOfRange(pointer, p.getString());
        }
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Bool(pointer, t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return new Null(pointer);
      }
      default -> throw new IllegalStateException("unexpected token " + t);
    }
  }

  /** A pointer with one more reference token, escaped ({@code ~0}, {@code ~1}). */
  public static String child(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }
}
