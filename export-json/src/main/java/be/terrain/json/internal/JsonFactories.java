package be.terrain.json.internal;

import be.terrain.json.JsonLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The streaming half of Jackson's configuration ({@link Mappers} builds its mappers on these
 * factories). {@link #WRITER} is the factory the output documents are written with as a stream,
 * without a mapper: a mapper's set-up (databind's configuration, its date format and every locale's
 * calendar data) costs a small command a tenth of its start-up (issue #13), and a writer of tokens
 * needs none of it.
 *
 * <p>Strict JSON only (no comments, single quotes, NaN or other non-standard tokens); duplicate
 * members are errors when read and when written; explicit {@link StreamReadConstraints}. Writers
 * write UTF-8 without escaping {@code /} or non-ASCII characters.
 */
public final class JsonFactories {
  private JsonFactories() {}

  /** The factory of {@link JsonLimits#defaults()}, which the output documents are written with. */
  public static final JsonFactory WRITER = of(JsonLimits.defaults(), false);

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

  /** A factory of these limits, for documents or (no length or token count limit) JSON Lines. */
  public static JsonFactory of(JsonLimits limits, boolean lines) {
    return JsonFactory.builder()
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
  }
}
