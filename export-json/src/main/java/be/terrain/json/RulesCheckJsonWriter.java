package be.terrain.json;

import static java.util.Objects.requireNonNull;

import be.terrain.core.rules.Plan;
import be.terrain.core.rules.RuleResult;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.rules.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a {@link RulesCheck} as {@code rules-check.json} ({@code terrain-rules-check/1}): the
 * members in the order of {@code distribution-rules.md}, UTF-8, two-space indentation, LF line
 * ends and a final line end. Null is written for an absent {@code left_cents}, {@code period},
 * {@code person_id}, {@code runs_out_on} and {@code person_periods_left}; a violation carries
 * {@code excess_units} or {@code excess_cents} and leaves the other out. Same check, same bytes.
 */
public final class RulesCheckJsonWriter {
  /** The format tag. */
  public static final String FORMAT = "terrain-rules-check/1";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private RulesCheckJsonWriter() {}

  /**
   * Writes the check to a stream (not closed).
   *
   * @throws IOException if the stream fails
   */
  public static void write(RulesCheck check, OutputStream out) throws IOException {
    requireNonNull(check, "check");
    requireNonNull(out, "out");
    try (JsonGenerator g =
        FACTORY.createGenerator(new Pretty(), new NonClosing(out), JsonEncoding.UTF8)) {
      write(check, g);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Writes the check to a file, replacing it.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(RulesCheck check, Path file) throws IOException {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(check, out);
    }
  }

  /** The check as JSON text. */
  public static String toJson(RulesCheck check) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(check, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toString(StandardCharsets.UTF_8);
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
    g.writeEndObject();
  }

  /** Two-space indentation, LF, {@code "name": value}, {@code []} for an empty array. */
  private static final class Pretty extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator("")
                  .withRootSeparator(""))
          .withArrayIndenter(indenter)
          .withObjectIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /** Lets the generator close without closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
