package be.terrain.json;

/**
 * The safety limits a JSON reader enforces, so that hostile or broken input ends in a problem
 * ({@code TER-0212}) instead of exhausting memory or time: a document with 50 MB in one string is
 * refused when the string passes {@link #maxStringLength()}, without the string ever being held
 * whole.
 *
 * <p>{@link #maxDocumentLength()} and {@link #maxTokenCount()} bound a JSON document; a JSON Lines
 * stream is read record by record and has no length limit (memory grows with the records read, as
 * for a CSV folder), every other limit applies to it too. Immutable and thread-safe.
 *
 * @param maxDocumentLength the longest JSON document, in bytes
 * @param maxTokenCount the most tokens (names, values, brackets) in a JSON document
 * @param maxStringLength the longest string value, in characters
 * @param maxNameLength the longest member name, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNestingDepth the deepest nesting of objects and arrays (the format itself needs 4)
 */
public record JsonLimits(
    long maxDocumentLength,
    long maxTokenCount,
    int maxStringLength,
    int maxNameLength,
    int maxNumberLength,
    int maxNestingDepth) {

  /** The format nests four levels deep: document, record array, record, {@code pathogens}. */
  public static final int MIN_NESTING_DEPTH = 4;

  private static final JsonLimits DEFAULTS =
      new JsonLimits(2L << 30, 500_000_000L, 1_000_000, 1_000, 64, 64);

  /**
   * Checks that every limit is positive and the nesting depth at least {@value #MIN_NESTING_DEPTH}.
   *
   * @param maxDocumentLength the longest JSON document, in bytes
   * @param maxTokenCount the most tokens (names, values, brackets) in a JSON document
   * @param maxStringLength the longest string value, in characters
   * @param maxNameLength the longest member name, in characters
   * @param maxNumberLength the longest number, in characters
   * @param maxNestingDepth the deepest nesting of objects and arrays (the format itself needs 4)
   * @throws IllegalArgumentException naming the limit and its value otherwise
   */
  public JsonLimits {
    positive("maxDocumentLength", maxDocumentLength);
    positive("maxTokenCount", maxTokenCount);
    positive("maxStringLength", maxStringLength);
    positive("maxNameLength", maxNameLength);
    positive("maxNumberLength", maxNumberLength);
    if (maxNestingDepth < MIN_NESTING_DEPTH) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be at least "
              + MIN_NESTING_DEPTH
              + " (the format nests that deep): "
              + maxNestingDepth);
    }
  }

  /**
   * {@return the defaults: documents up to 2 GiB and 500 million tokens, strings up to 1,000,000
   * characters, member names up to 1,000, numbers up to 64 characters, nesting up to 64 levels}
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a copy with another longest document, in bytes}
   *
   * @param bytes the longest document a read accepts, in bytes
   */
  public JsonLimits withMaxDocumentLength(long bytes) {
    return new JsonLimits(
        bytes, maxTokenCount, maxStringLength, maxNameLength, maxNumberLength, maxNestingDepth);
  }

  /**
   * {@return a copy with another most tokens in a document}
   *
   * @param tokens the most JSON tokens a read accepts in a document
   */
  public JsonLimits withMaxTokenCount(long tokens) {
    return new JsonLimits(
        maxDocumentLength,
        tokens,
        maxStringLength,
        maxNameLength,
        maxNumberLength,
        maxNestingDepth);
  }

  /**
   * {@return a copy with another longest string value, in characters}
   *
   * @param chars the longest string value a read accepts, in characters
   */
  public JsonLimits withMaxStringLength(int chars) {
    return new JsonLimits(
        maxDocumentLength, maxTokenCount, chars, maxNameLength, maxNumberLength, maxNestingDepth);
  }

  /**
   * {@return a copy with another deepest nesting}
   *
   * @param depth the deepest nesting of arrays and objects a read accepts
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(
        maxDocumentLength, maxTokenCount, maxStringLength, maxNameLength, maxNumberLength, depth);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
