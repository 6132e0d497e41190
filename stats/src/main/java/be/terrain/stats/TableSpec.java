package be.terrain.stats;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One table of a report: a {@link Dimension} crossed with a {@link Measure} over a {@link
 * Population}, with {@code history} previous periods beside the current one. Computed for every
 * scope.
 *
 * @param id the table id, e.g. {@code profile.sex}; tables of a report are sorted by it
 * @param population what is counted
 * @param dimension what the rows are
 * @param measure what each row counts
 * @param history how many previous periods each row also gives (0 for none)
 * @param titles the table's title by language (the standard report's in fr, nl and en; a plugin's
 *     may give any), shown by text and document formats; empty for none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TableSpec(
    String id,
    Population population,
    Dimension dimension,
    Measure measure,
    int history,
    Map<Language, String> titles) {

  /**
   * Checks that the parts fit together.
   *
   * @param id the table id, e.g. {@code profile.sex}; tables of a report are sorted by it
   * @param population what is counted
   * @param dimension what the rows are
   * @param measure what each row counts
   * @param history how many previous periods each row also gives (0 for none)
   * @param titles the table's title by language (the standard report's in fr, nl and en; a plugin's
   *     may give any), shown by text and document formats; empty for none
   * @throws IllegalArgumentException when the id is blank, the history negative, the dimension
   *     classifies another subject than the population's, a person population is measured other
   *     than in {@link Measure#PERSONS}, {@link Measure#CONTACTS} is not over contacts or {@link
   *     Measure#UNITS} not over distribution rows
   */
  public TableSpec {
    requireNonNull(id, "id");
    requireNonNull(population, "population");
    requireNonNull(dimension, "dimension");
    requireNonNull(measure, "measure");
    titles = titles.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(titles));
    if (titles.values().stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("table " + id + ": a title must not be blank");
    }
    if (id.isBlank()) {
      throw new IllegalArgumentException("table id must not be blank");
    }
    if (history < 0) {
      throw new IllegalArgumentException(
          "table " + id + ": history must not be negative: " + history);
    }
    if (dimension.subject() != population.subject()) {
      throw new IllegalArgumentException(
          "table "
              + id
              + ": dimension "
              + dimension.id()
              + " classifies "
              + dimension.subject()
              + " but population "
              + population.id()
              + " is made of "
              + population.subject());
    }
    boolean ok =
        switch (measure) {
          case PERSONS -> true;
          case ACTS -> population.subject().isRecord();
          case CONTACTS -> population.subject() == Subject.CONTACT;
          case UNITS -> population.subject() == Subject.DISTRIBUTION_ROW;
        };
    if (!ok) {
      throw new IllegalArgumentException(
          "table " + id + ": measure " + measure + " does not apply to " + population.subject());
    }
  }

  /**
   * A table without titles.
   *
   * @param id the table id, e.g. {@code profile.sex}; tables of a report are sorted by it
   * @param population what is counted
   * @param dimension what the rows are
   * @param measure what each row counts
   * @param history how many previous periods each row also gives (0 for none)
   */
  public TableSpec(
      String id, Population population, Dimension dimension, Measure measure, int history) {
    this(id, population, dimension, measure, history, Map.of());
  }

  /**
   * {@return a table without history nor titles}
   *
   * @param id the table id, e.g. {@code profile.sex}; tables of a report are sorted by it
   * @param population what is counted
   * @param dimension what the rows are
   * @param measure what each row counts
   */
  public static TableSpec of(
      String id, Population population, Dimension dimension, Measure measure) {
    return new TableSpec(id, population, dimension, measure, 0);
  }

  /**
   * {@return this table with titles in French, Dutch and English}
   *
   * @param fr the title in French
   * @param nl the title in Dutch
   * @param en the title in English
   */
  public TableSpec withTitles(String fr, String nl, String en) {
    return new TableSpec(
        id,
        population,
        dimension,
        measure,
        history,
        Map.of(
            Language.FR,
            requireNonNull(fr, "fr"),
            Language.NL,
            requireNonNull(nl, "nl"),
            Language.EN,
            requireNonNull(en, "en")));
  }

  /**
   * {@return the title in a language, if the table has one}
   *
   * @param language the title's language
   */
  public Optional<String> title(Language language) {
    return Optional.ofNullable(titles.get(requireNonNull(language, "language")));
  }

  /**
   * {@return this table with {@code k} previous periods}
   *
   * @param k how many previous periods the table shows beside the current one, not negative
   */
  public TableSpec withHistory(int k) {
    return new TableSpec(id, population, dimension, measure, k, titles);
  }

  /**
   * {@return whether the rows add up to {@code n}: the dimension is single-valued and no record's
   * person can count under two codes} Only such tables get largest-remainder percents.
   */
  public boolean rowsAddUpToN() {
    return !dimension.multiValued()
        && !(measure == Measure.PERSONS && population.subject().isRecord());
  }
}
