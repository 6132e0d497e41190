package be.terrain.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One thing wrong with the input: what rule it breaks ({@link #code()}), where it is, which record
 * and field, the offending value (shortened to 80 characters) and a message in English and French.
 * Problems are values: validation returns all of them instead of throwing on the first.
 *
 * @param code the stable problem code
 * @param location the file, line, column or JSON pointer
 * @param recordKind the kind of record concerned, if any
 * @param recordId the record's id as written, if it has one
 * @param field the field (column or member) concerned, if any
 * @param value the offending value, shortened to 80 characters; always empty for a problem about a
 *     {@link Person#LINKAGE_CODE linkage code}, which is personal data
 * @param message the message in English
 * @param messageFr the message in French
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Problem(
    ProblemCode code,
    Location location,
    Optional<RecordKind> recordKind,
    Optional<String> recordId,
    Optional<String> field,
    Optional<String> value,
    String message,
    String messageFr) {

  /** The longest value a problem carries; longer ones end in an ellipsis. */
  public static final int MAX_VALUE_LENGTH = 80;

  /**
   * Checks for nulls and shortens the value.
   *
   * @param code the stable problem code
   * @param location the file, line, column or JSON pointer
   * @param recordKind the kind of record concerned, if any
   * @param recordId the record's id as written, if it has one
   * @param field the field (column or member) concerned, if any
   * @param value the offending value, shortened to 80 characters; always empty for a problem about
   *     a {@link Person#LINKAGE_CODE linkage code}, which is personal data
   * @param message the message in English
   * @param messageFr the message in French
   */
  public Problem {
    requireNonNull(code, "code");
    requireNonNull(location, "location");
    requireNonNull(recordKind, "recordKind");
    requireNonNull(recordId, "recordId");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(message, "message");
    requireNonNull(messageFr, "messageFr");
    value = field.filter(Person.LINKAGE_CODE::equals).isPresent() ? Optional.empty() : value;
    value = value.map(Problem::shorten);
  }

  /**
   * Starts a problem with a code; the message arguments are given to {@link Builder#args}.
   *
   * @param code the stable problem code
   * @return a builder for a problem with that code
   */
  public static Builder of(ProblemCode code) {
    return new Builder(code);
  }

  /**
   * {@return the text shortened to {@value #MAX_VALUE_LENGTH} characters (79 and an ellipsis)}
   *
   * @param text any text, not null
   */
  public static String shorten(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_VALUE_LENGTH) {
      return text;
    }
    int end = text.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1);
    return text.substring(0, end) + "…";
  }

  /**
   * {@return the message in a language (Dutch gets English)}
   *
   * @param language the language of the message
   */
  public String message(Language language) {
    return language == Language.FR ? messageFr : message;
  }

  /**
   * {@return the same problem at another location (readers locate what the dataset found)}
   *
   * @param newLocation where the problem is
   */
  public Problem at(Location newLocation) {
    return new Problem(code, newLocation, recordKind, recordId, field, value, message, messageFr);
  }

  /**
   * One line for a terminal: {@code contacts.csv:12: TER-0104 c-0042 date — not a calendar date
   * ('2020-02-30')}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(location).append(": ").append(code.code());
    recordId.ifPresent(id -> b.append(' ').append(id));
    field.ifPresent(f -> b.append(' ').append(f));
    b.append(" — ").append(message);
    value.ifPresent(v -> b.append(" ('").append(v).append("')"));
    return b.toString();
  }

  /** Builds a problem; only the code is required. */
  public static final class Builder {
    private final ProblemCode code;
    private Location location = Location.NONE;
    private RecordKind kind;
    private String recordId;
    private String field;
    private String value;
    private Object[] args = new Object[0];

    private Builder(ProblemCode code) {
      this.code = requireNonNull(code, "code");
    }

    /**
     * Where the problem is.
     *
     * @param location the file, line, column or JSON pointer
     * @return this builder, for chaining
     */
    public Builder at(Location location) {
      this.location = requireNonNull(location, "location");
      return this;
    }

    /**
     * The record concerned (the id may be null for records without one).
     *
     * @param kind the kind of the record, or null for none
     * @param recordId the record's id as written, if it has one
     * @return this builder, for chaining
     */
    public Builder record(RecordKind kind, String recordId) {
      this.kind = kind;
      this.recordId = recordId;
      return this;
    }

    /**
     * The field concerned.
     *
     * @param field the field (column or member) concerned, if any
     * @return this builder, for chaining
     */
    public Builder field(String field) {
      this.field = field;
      return this;
    }

    /**
     * The offending value.
     *
     * @param value the offending value, shortened to 80 characters; always empty for a problem
     *     about a {@link Person#LINKAGE_CODE linkage code}, which is personal data
     * @return this builder, for chaining
     */
    public Builder value(String value) {
      this.value = value;
      return this;
    }

    /**
     * Arguments of the code's message template.
     *
     * @param args the values of the template's placeholders, in order; copied
     * @return this builder, for chaining
     */
    public Builder args(Object... args) {
      this.args = args.clone();
      return this;
    }

    /** {@return the problem} */
    public Problem build() {
      return new Problem(
          code,
          location,
          Optional.ofNullable(kind),
          Optional.ofNullable(recordId),
          Optional.ofNullable(field),
          Optional.ofNullable(value),
          code.message(Language.EN, args),
          code.message(Language.FR, args));
    }
  }
}
