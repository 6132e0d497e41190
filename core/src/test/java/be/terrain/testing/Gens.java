package be.terrain.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The few QuickTheories generators the DSL lacks (strings over a given alphabet, dates in a range,
 * lists of distinct elements, weighted choices), shared by core's and stats' property tests
 * (shipped in core's test jar). Each is made from the DSL's generators, so that it shrinks.
 */
public final class Gens {
  private Gens() {}

  /** Strings of {@code min} to {@code max} chars, each one of {@code alphabet}'s chars. */
  public static Gen<String> stringsOf(String alphabet, int min, int max) {
    List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
    return lists()
        .of(Generate.pick(chars))
        .ofSizeBetween(min, max)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /**
   * Strings of {@code min} to {@code max} chars as jqwik's {@code strings()} made them: any char
   * but surrogates (U+D800 to U+DFFF), private use (U+E000 to U+F8FF) and noncharacters (U+FDD0 to
   * U+FDEF, U+FFFE, U+FFFF).
   */
  public static Gen<String> anyStrings(int min, int max) {
    int belowSurrogates = 0xD800;
    int afterPrivateUse = 0xFDD0 - 0xF900;
    int afterNoncharacters = 0xFFFE - 0xFDF0;
    Gen<Character> chars =
        integers()
            .between(0, belowSurrogates + afterPrivateUse + afterNoncharacters - 1)
            .map(
                i ->
                    (char)
                        (i < belowSurrogates
                            ? i
                            : i < belowSurrogates + afterPrivateUse
                                ? 0xF900 + i - belowSurrogates
                                : 0xFDF0 + i - belowSurrogates - afterPrivateUse));
    return lists()
        .of(chars)
        .ofSizeBetween(min, max)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** One of the values, shrinking towards the first. */
  @SafeVarargs
  public static <T> Gen<T> pick(T... values) {
    return Generate.pick(List.of(values));
  }

  /** Days from {@code from} to {@code to}, both included. */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    return integers()
        .between((int) from.toEpochDay(), (int) to.toEpochDay())
        .map(d -> LocalDate.ofEpochDay(d));
  }

  /** Empty in {@code percentEmpty} % of cases, else a value of {@code gen}. */
  public static <T> Gen<Optional<T>> optional(Gen<T> gen, int percentEmpty) {
    return integers()
        .between(0, 99)
        .zip(gen, (p, v) -> p < percentEmpty ? Optional.<T>empty() : Optional.of(v));
  }

  /** A choice among generators, weighted. */
  @SafeVarargs
  public static <T> Gen<T> weighted(Pair<Integer, Gen<T>>... choices) {
    return Generate.frequency(List.of(choices));
  }

  /** A weight and a generator, for {@link #weighted}. */
  public static <T> Pair<Integer, Gen<T>> w(int weight, Gen<? extends T> gen) {
    return Pair.of(weight, gen.map(t -> (T) t));
  }

  /**
   * Lists of {@code min} to {@code max} distinct elements, in the order they came: lists of up to
   * {@code max} elements with the repeated ones dropped, kept when {@code min} remain.
   */
  public static <T> Gen<List<T>> distinctLists(Gen<T> gen, int min, int max) {
    return lists()
        .of(gen)
        .ofSizeBetween(min, max)
        .map(l -> (List<T>) new ArrayList<>(new LinkedHashSet<>(l)))
        .assuming(l -> l.size() >= min);
  }

  /** Lists of the generators' values, one each, in order. */
  public static <T> Gen<List<T>> each(List<Gen<T>> gens) {
    return in -> {
      List<T> out = new ArrayList<>(gens.size());
      for (Gen<T> g : gens) {
        out.add(g.generate(in));
      }
      return out;
    };
  }

  /** Subsets of a small list, in list order. */
  public static <T> Gen<Set<T>> subsets(List<T> all) {
    return integers()
        .between(0, (1 << all.size()) - 1)
        .map(
            mask -> {
              Set<T> out = new LinkedHashSet<>();
              for (int i = 0; i < all.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                  out.add(all.get(i));
                }
              }
              return out;
            });
  }
}
