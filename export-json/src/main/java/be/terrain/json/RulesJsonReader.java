package be.terrain.json;

import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.rules.RulesReadResult;
import be.terrain.json.internal.RulesReading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code rules.json} file ({@code terrain-rules/1}) strictly: the object {@code {"format":
 * "terrain-rules/1", "rules": [...]}} with rules of exactly the members of {@code
 * distribution-rules.md}. Returns the rules, or every problem found, each located by JSON pointer
 * (with line and column), with the rule's id as record id and the rule's member as field (the top
 * member for a nested one: a bad {@code quota.per} is field {@code quota}).
 *
 * <p>Read against a dataset, the item and role codes are checked against its code lists and the
 * antennas against its antennas; read against a code registry, antennas are not checked. Read with
 * Terrain's shared hardened JSON settings and {@link JsonLimits#defaults()}: duplicate members,
 * {@code NaN}, comments, trailing content and numbers written as decimals where integers are
 * expected are problems. An explicit {@code null} is an absent member.
 */
public final class RulesJsonReader {
  /** The format tag. */
  public static final String FORMAT = RulesReading.FORMAT;

  /** The class path resource of the JSON Schema (draft 2020-12) of {@code rules.json}. */
  public static final String SCHEMA_RESOURCE = "/be/terrain/json/terrain-rules-1.schema.json";

  /** The {@code $id} of that schema. */
  public static final String SCHEMA_ID = "https://schemas.terrain.be/terrain-rules-1.schema.json";

  private RulesJsonReader() {}

  /**
   * Reads a rules file and checks it against a dataset (codes and antennas).
   *
   * @param file the file; a file that cannot be read is a problem, not an exception
   * @param dataset the dataset the rules will check
   * @return the rules, or the problems that keep them from being used
   */
  public static RulesReadResult read(Path file, Dataset dataset) {
    requireNonNull(dataset, "dataset");
    return readFile(file, dataset.codes(), antennaIds(dataset));
  }

  /**
   * Reads a rules file and checks its codes against code lists (antennas are not checked).
   *
   * @param file the file; a file that cannot be read is a problem, not an exception
   * @param registry the code lists the item and role codes must belong to
   * @return the rules, or the problems that keep them from being used
   */
  public static RulesReadResult read(Path file, CodeRegistry registry) {
    requireNonNull(registry, "registry");
    return readFile(file, registry, null);
  }

  /**
   * Reads rules from a stream (not closed) and checks them against a dataset.
   *
   * @param in the JSON text, UTF-8
   * @param fileName the name problems give as their file, or null
   * @param dataset the dataset the rules will check
   * @return the rules, or the problems that keep them from being used
   */
  public static RulesReadResult read(InputStream in, String fileName, Dataset dataset) {
    requireNonNull(dataset, "dataset");
    return new RulesReading(fileName, dataset.codes(), antennaIds(dataset)).read(in);
  }

  /**
   * Reads rules from a stream (not closed) and checks their codes against code lists.
   *
   * @param in the JSON text, UTF-8
   * @param fileName the name problems give as their file, or null
   * @param registry the code lists the item and role codes must belong to
   * @return the rules, or the problems that keep them from being used
   */
  public static RulesReadResult read(InputStream in, String fileName, CodeRegistry registry) {
    requireNonNull(registry, "registry");
    return new RulesReading(fileName, registry, null).read(in);
  }

  /**
   * Opens the JSON Schema of {@code rules.json}; the caller closes the stream. The schema checks
   * structure and types; the reader also checks what a schema cannot: integers written without a
   * fraction, {@code valid_to} not before {@code valid_from}, and codes and antennas that exist.
   *
   * @return the schema's UTF-8 bytes, a new stream on each call
   */
  public static InputStream openSchema() {
    InputStream in = RulesJsonReader.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "the resource " + SCHEMA_RESOURCE + " is missing from the class path");
    }
    return in;
  }

  private static Set<String> antennaIds(Dataset dataset) {
    Set<String> ids = new HashSet<>();
    dataset.antennas().forEach(a -> ids.add(a.id()));
    return ids;
  }

  private static RulesReadResult readFile(Path file, CodeRegistry registry, Set<String> antennas) {
    requireNonNull(file, "file");
    Path name = file.getFileName();
    String fileName = name == null ? file.toString() : name.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return new RulesReading(fileName, registry, antennas).read(in);
    } catch (IOException e) {
      return RulesReadResult.failed(
          List.of(
              Problem.of(ProblemCodes.UNREADABLE)
                  .at(Location.ofFile(fileName))
                  .args(
                      e.getClass().getSimpleName()
                          + (e.getMessage() == null ? "" : ": " + e.getMessage()))
                  .build()));
    }
  }
}
