package be.terrain.testkit;

import static java.util.Objects.requireNonNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid datasets for contracts and plugins' own properties: every dataset they give
 * validates without a problem as of {@link #TODAY}, uses every code of the registry it is given
 * (plugins' codes included), and is small (one to three antennas, up to six persons, a few records
 * of every kind from 2019 to 2021). Names are free text full of what breaks formats (separators,
 * quotes, line breaks, formula characters, non-ASCII, characters outside the BMP).
 *
 * <p>They are QuickTheories generators: a property over them shrinks a failing dataset to a
 * smallest one.
 *
 * <pre>{@code
 * @Test
 * void myFormatRoundTrips() {
 *   qt().withExamples(100)
 *       .forAll(ValidDatasets.valid(myTerrain.codes()))
 *       .checkAssert(d -> ...);
 * }
 * }</pre>
 */
public final class ValidDatasets {
  private ValidDatasets() {}

  /** A day after every generated date: validate generated datasets as of this day. */
  public static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  /** The first day of the generated activities (2019-01-01); they span three years. */
  public static final LocalDate FIRST_ACTIVITY = LocalDate.of(2019, 1, 1);

  private static final List<String> NAME_PARTS =
      List.of(
          "a",
          "Zorro",
          "Antenne Extra Ring",
          " ",
          ",",
          ";",
          "\"",
          "\"\"",
          "\n",
          "\r\n",
          "\r",
          "=",
          "+",
          "-",
          "@",
          "\t",
          "'",
          "é",
          "ç",
          "€",
          "ß",
          "中文",
          "\uD83D\uDE00",
          "'hello",
          "=SUM(1)",
          "+32 2",
          "@home",
          "Saint-Gilles",
          "x;y,z",
          "  ");

  /** {@return any valid dataset with the standard code lists} */
  public static Gen<Dataset> valid() {
    return valid(CodeRegistry.standard());
  }

  /**
   * Any valid dataset whose codes are drawn from a registry (e.g. a plugin's {@code
   * Terrain.codes()}), built with that registry.
   *
   * @param codes the registry the codes are drawn from
   * @return a generator of valid datasets, shrinking towards fewer records
   */
  public static Gen<Dataset> valid(CodeRegistry codes) {
    return valid(codes, names());
  }

  /**
   * Any valid dataset over a registry whose free-text names (organisation, antennas) are drawn from
   * a format's own awkward text: for a format that escapes more than {@link #names()} holds.
   *
   * @param codes the registry the codes are drawn from
   * @param names never-empty names
   * @return a generator of valid datasets, shrinking towards fewer records
   */
  public static Gen<Dataset> valid(CodeRegistry codes, Gen<String> names) {
    requireNonNull(codes, "codes");
    requireNonNull(names, "names");
    return new DatasetGenerator(codes, names).datasets();
  }

  /**
   * A reproducible sample of valid datasets, for tests that are not properties.
   *
   * @param codes the registry the codes are drawn from
   * @param count how many
   * @param seed the same seed gives the same datasets
   * @return {@code count} distinct datasets
   */
  public static List<Dataset> sample(CodeRegistry codes, int count, long seed) {
    return sample(valid(codes), count, seed);
  }

  /**
   * A reproducible sample of any generator: the values QuickTheories tries first with this seed
   * (the generator's smallest and largest values, then random ones), without repeats.
   *
   * @param gen the generator
   * @param count how many
   * @param seed the same seed gives the same values
   * @param <T> the type of the values
   * @return {@code count} distinct values (the generator must have that many)
   */
  public static <T> List<T> sample(Gen<T> gen, int count, long seed) {
    requireNonNull(gen, "gen");
    List<T> out = new ArrayList<>(count);
    for (long s = seed; out.size() < count; s++) {
      qt().withFixedSeed(s)
          .withExamples(2 * count + 2)
          .forAll(gen)
          .checkAssert(
              value -> {
                if (out.size() < count && !out.contains(value)) {
                  out.add(value);
                }
              });
    }
    return out;
  }

  /**
   * {@return valid ids: 1 to 64 characters of {@code [A-Za-z0-9._-]}, some starting with {@code -}}
   */
  public static Gen<String> ids() {
    Gen<String> plain =
        strings("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-", 1, 12);
    return Generate.frequency(
        Pair.of(4, plain),
        Pair.of(1, plain.map(s -> "-" + s)),
        Pair.of(1, strings("a-_.9", 64, 64)));
  }

  /** Strings of {@code min} to {@code max} characters drawn from {@code chars}. */
  private static Gen<String> strings(String chars, int min, int max) {
    List<Character> alphabet = chars.chars().mapToObj(c -> (char) c).toList();
    return lists()
        .of(Generate.pick(alphabet))
        .ofSizeBetween(min, max)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder(cs.size());
              cs.forEach(b::append);
              return b.toString();
            });
  }

  /**
   * Free-text names: never empty, full of separators, quotes, line breaks, formula characters and
   * non-ASCII. Leaves out a {@code '} followed by a formula character at the start, which the CSV
   * format cannot carry (readers strip that {@code '}).
   *
   * @return a generator of awkward names
   */
  public static Gen<String> names() {
    return lists()
        .of(Generate.pick(NAME_PARTS))
        .ofSizeBetween(1, 5)
        .map(parts -> String.join("", parts))
        .assuming(
            s -> !(s.length() >= 2 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0));
  }
}
