package be.terrain.json.internal;

import be.terrain.json.JsonLimits;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place Jackson's mappers are configured, on the factories of {@link JsonFactories}. {@link
 * #MAPPER} is the shared hardened mapper every JSON file of Terrain is read with, and datasets and
 * problem lists written with ({@code report.json} and {@code rules-check.json} are written as
 * streams of {@link JsonFactories#WRITER}); a reader given other {@link JsonLimits} gets a mapper
 * built by the same code with only the limits changed.
 *
 * <p>Hardening: the factories' (strict JSON, duplicate members refused, explicit limits); trailing
 * tokens are errors; unknown properties are errors for data-bound types; scalars are not coerced
 * (no {@code "1990"} or {@code 1990.0} for an integer); no polymorphic default typing.
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

  private static JsonMapper build(JsonLimits limits, boolean lines) {
    JsonFactory factory = JsonFactories.of(limits, lines);
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
