package be.terrain.json.internal;

import be.terrain.json.JsonLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place Jackson is configured. {@link #MAPPER} is the shared hardened mapper every JSON
 * file of Terrain is read and written with; a reader given other {@link JsonLimits} gets a mapper
 * built by the same code with only the limits changed.
 *
 * <p>Hardening: strict JSON only (no comments, single quotes, NaN or other non-standard tokens);
 * duplicate members and trailing tokens are errors; unknown properties are errors for data-bound
 * types; scalars are not coerced (no {@code "1990"} or {@code 1990.0} for an integer); no
 * polymorphic default typing; explicit {@link StreamReadConstraints}. Writers write UTF-8 without
 * escaping {@code /} or non-ASCII characters.
 */
public final class Mappers {
  private Mappers() {}

  /** The shared mapper, with {@link JsonLimits#defaults()}. */
  public static final JsonMapper MAPPER = build(JsonLimits.defaults(), false);

  private static final JsonMapper LINES = build(JsonLimits.defaults(), true);

  /** The mapper to read a JSON document with under these limits. */
  public static JsonMapper forDocuments(JsonLimits limits) {
    return limits.equals(JsonLimits.defaults()) ? MAPPER : build(limits, false);
  }

  /** The mapper to read JSON Lines with: no document length or token count limit. */
  public static JsonMapper forLines(JsonLimits limits) {
    return limits.equals(JsonLimits.defaults()) ? LINES : build(limits, true);
  }

  /** The stream read constraints of a set of limits. */
  public static StreamReadConstraints constraints(JsonLimits limits, boolean lines) {
    return StreamReadConstraints.builder()
        // Jackson reads 0 or a negative value as "no limit".
        .maxDocumentLength(lines ? -1 : limits.maxDocumentLength())
        .maxTokenCount(lines ? -1 : limits.maxTokenCount())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxNameLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNestingDepth(limits.maxNestingDepth())
        .build();
  }

  private static JsonMapper build(JsonLimits limits, boolean lines) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints(limits, lines))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
            .disable(
                JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                JsonReadFeature.ALLOW_JAVA_COMMENTS,
                JsonReadFeature.ALLOW_YAML_COMMENTS,
                JsonReadFeature.ALLOW_SINGLE_QUOTES,
                JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
                JsonReadFeature.ALLOW_TRAILING_COMMA,
                JsonReadFeature.ALLOW_MISSING_VALUES,
                JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES, JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();
    return JsonMapper.builder(factory)
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .deactivateDefaultTyping()
        .build();
  }
}
