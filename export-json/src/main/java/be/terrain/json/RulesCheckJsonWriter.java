package be.terrain.json;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Problem;
import be.terrain.core.rules.Plan;
import be.terrain.core.rules.RuleKindResults;
import be.terrain.core.rules.RuleResult;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.rules.Violation;
import be.terrain.core.spi.RuleKindViolation;
import be.terrain.json.internal.PrettyJson;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link RulesCheck} as {@code rules-check.json} ({@code terrain-rules-check/1}): the
 * members in the order of {@code distribution-rules.md}, UTF-8, two-space indentation, LF line ends
 * and a final line end. Null is written for an absent {@code left_cents}, {@code period}, {@code
 * person_id}, {@code runs_out_on} and {@code person_periods_left}; a violation carries {@code
 * excess_units} or {@code excess_cents} and leaves the other out. Same check, same bytes.
 *
 * <p>A check that ran the plugins' distribution rule kinds ({@link RulesCheck#ruleKinds()} present,
 * as {@code Terrain.check} gives when kinds are registered) has one more member after {@code
 * rules}, Terrain's compatible extension of the format: {@code "rule_kinds": {"kinds": [ids],
 * "violations": [{"kind", "act_id", "person_id", "date", "period", "message"}], "problems":
 * [{"code", "kind", "message"}]}} ({@code docs/distribution-rules-notes.md}). Without it the bytes
 * are those of the rules alone.
 */
public final class RulesCheckJsonWriter {
  /** The format tag. */
  public static final String FORMAT = "terrain-rules-check/1";

  /** The class path resource of the JSON Schema (draft 2020-12) of {@code rules-check.json}. */
  public static final String SCHEMA_RESOURCE = "/be/terrain/json/terrain-rules-check-1.schema.json";

  /** The {@code $id} of that schema. */
  public static final String SCHEMA_ID =
      "https://schemas.terrain.be/terrain-rules-check-1.schema.json";

  private RulesCheckJsonWriter() {}

  /**
   * Opens the JSON Schema of {@code rules-check.json}; the caller closes the stream.
   *
   * @return the schema's UTF-8 bytes, a new stream on each call
   */
  public static InputStream openSchema() {
    InputStream in = RulesCheckJsonWriter.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "the resource " + SCHEMA_RESOURCE + " is missing from the class path");
    }
    return in;
  }

  /**
   * Writes the check to a stream (flushed, not closed).
   *
   * @param check the check
   * @param out the stream the UTF-8 text is written to
   * @throws UncheckedIOException when the stream cannot be written
   */
  public static void write(RulesCheck check, OutputStream out) {
    requireNonNull(check, "check");
    PrettyJson.write(out, g -> write(check, g));
  }

  /**
   * Writes the check to a file, replacing it.
   *
   * @param check the check
   * @param file the file, replaced if it exists
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(RulesCheck check, Path file) {
    requireNonNull(check, "check");
    PrettyJson.write(file, g -> write(check, g));
  }

  /**
   * {@return the check as UTF-8 bytes}
   *
   * @param check the check
   */
  public static byte[] toBytes(RulesCheck check) {
    requireNonNull(check, "check");
    return PrettyJson.toBytes(g -> write(check, g));
  }

  /**
   * {@return the check as JSON text}
   *
   * @param check the check
   */
  public static String toJson(RulesCheck check) {
    return new String(toBytes(check), StandardCharsets.UTF_8);
  }

  private static void write(RulesCheck check, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeName("rules");
    g.writeStartArray();
    for (RuleResult r : check.rules()) {
      g.writeStartObject();
      g.writeStringProperty("id", r.id());
      g.writeNumberProperty("spent_cents", r.spentCents());
      g.writeName("left_cents");
      if (r.leftCents().isPresent()) {
        g.writeNumber(r.leftCents().getAsLong());
      } else {
        g.writeNull();
      }
      g.writeNumberProperty("units", r.units());
      g.writeNumberProperty("persons", r.persons());
      g.writeName("violations");
      g.writeStartArray();
      for (Violation v : r.violations()) {
        g.writeStartObject();
        g.writeStringProperty("kind", v.kind().name());
        g.writeStringProperty("act_id", v.actId());
        g.writeStringProperty("item", v.item());
        g.writeStringProperty("person_id", v.personId().orElse(null));
        g.writeStringProperty("period", v.period().orElse(null));
        if (v.excessUnits().isPresent()) {
          g.writeNumberProperty("excess_units", v.excessUnits().getAsInt());
        }
        if (v.excessCents().isPresent()) {
          g.writeNumberProperty("excess_cents", v.excessCents().getAsLong());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      Plan p = r.plan();
      g.writeName("plan");
      g.writeStartObject();
      g.writeStringProperty("as_of", p.asOf().toString());
      g.writeStringProperty("runs_out_on", p.runsOutOn().map(Object::toString).orElse(null));
      g.writeBooleanProperty("lasts", p.lasts());
      g.writeName("person_periods_left");
      if (p.personPeriodsLeft().isPresent()) {
        g.writeNumber(p.personPeriodsLeft().getAsLong());
      } else {
        g.writeNull();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    check.ruleKinds().ifPresent(k -> writeKinds(k, g));
    g.writeEndObject();
  }

  private static void writeKinds(RuleKindResults kinds, JsonGenerator g) {
    g.writeName("rule_kinds");
    g.writeStartObject();
    g.writeName("kinds");
    g.writeStartArray();
    for (String id : kinds.kinds()) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeName("violations");
    g.writeStartArray();
    for (RuleKindViolation v : kinds.violations()) {
      g.writeStartObject();
      g.writeStringProperty("kind", v.kind());
      g.writeStringProperty("act_id", v.actId());
      g.writeStringProperty("person_id", v.personId().orElse(null));
      g.writeStringProperty("date", v.date().toString());
      g.writeStringProperty("period", v.period().orElse(null));
      g.writeStringProperty("message", v.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("problems");
    g.writeStartArray();
    for (Problem p : kinds.problems()) {
      g.writeStartObject();
      g.writeStringProperty("code", p.code().code());
      g.writeStringProperty("kind", p.value().orElse(null));
      g.writeStringProperty("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
