package be.terrain.testkit;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Accompaniment;
import be.terrain.core.Antenna;
import be.terrain.core.Code;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Contact;
import be.terrain.core.Countries;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.DistributionAct;
import be.terrain.core.DistributionItem;
import be.terrain.core.MedicalConsultation;
import be.terrain.core.NursingCare;
import be.terrain.core.Organisation;
import be.terrain.core.ParamedicalAccompaniment;
import be.terrain.core.Person;
import be.terrain.core.ProfileSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Generators of valid datasets for contracts and plugins' own properties: every dataset they give
 * validates without a problem as of {@link #TODAY}, uses every code of the registry it is given
 * (plugins' codes included), and is small (one to three antennas, up to six persons, a few records
 * of every kind from 2019 to 2021). Names are free text full of what breaks formats (separators,
 * quotes, line breaks, formula characters, non-ASCII, characters outside the BMP).
 *
 * <pre>{@code
 * @Property
 * void myFormatRoundTrips(@ForAll("datasets") Dataset d) { ... }
 *
 * @Provide
 * Arbitrary<Dataset> datasets() { return ValidDatasets.valid(myTerrain.codes()); }
 * }</pre>
 */
public final class ValidDatasets {
  private ValidDatasets() {}

  /** A day after every generated date: validate generated datasets as of this day. */
  public static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  /** The first day of the generated activities (2019-01-01); they span three years. */
  public static final LocalDate FIRST_ACTIVITY = LocalDate.of(2019, 1, 1);

  private static final int ACTIVITY_DAYS = 3 * 365;
  private static final List<String> PROVINCES =
      List.of(
          "BE-WHT", "BE-WBR", "BE-WNA", "BE-WLG", "BE-WLX", "BE-BRU", "BE-VAN", "BE-VBR", "BE-VLI",
          "BE-VOV", "BE-VWV");
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

  /** Any valid dataset with the standard code lists. */
  public static Arbitrary<Dataset> valid() {
    return valid(CodeRegistry.standard());
  }

  /**
   * Any valid dataset whose codes are drawn from a registry (e.g. a plugin's {@code
   * Terrain.codes()}), built with that registry.
   */
  public static Arbitrary<Dataset> valid(CodeRegistry codes) {
    requireNonNull(codes, "codes");
    return new Generator(codes).datasets();
  }

  /**
   * A reproducible sample of valid datasets, for tests that are not properties.
   *
   * @param codes the registry the codes are drawn from
   * @param count how many
   * @param seed the same seed gives the same datasets
   */
  public static List<Dataset> sample(CodeRegistry codes, int count, long seed) {
    Arbitrary<Dataset> arbitrary = valid(codes);
    List<Dataset> out = new ArrayList<>(count);
    boolean own = !JqwikSession.isActive();
    if (own) {
      JqwikSession.start();
    }
    try {
      RandomGenerator<Dataset> generator = arbitrary.generator(100);
      Random random = new Random(seed);
      for (int i = 0; i < count; i++) {
        out.add(generator.next(random).value());
      }
    } finally {
      if (own) {
        JqwikSession.finish();
      }
    }
    return out;
  }

  /** Valid ids: 1 to 64 characters of {@code [A-Za-z0-9._-]}, some starting with {@code -}. */
  public static Arbitrary<String> ids() {
    Arbitrary<String> plain =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
            .ofMinLength(1)
            .ofMaxLength(12);
    return Arbitraries.frequencyOf(
        Tuple.of(4, plain),
        Tuple.of(1, plain.map(s -> "-" + s)),
        Tuple.of(1, Arbitraries.strings().withChars("a-_.9").ofLength(64)));
  }

  /**
   * Free-text names: never empty, full of separators, quotes, line breaks, formula characters and
   * non-ASCII. Leaves out a {@code '} followed by a formula character at the start, which the CSV
   * format cannot carry (readers strip that {@code '}).
   */
  public static Arbitrary<String> names() {
    return Arbitraries.of(NAME_PARTS)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(parts -> String.join("", parts))
        .filter(
            s -> !(s.length() >= 2 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0));
  }

  private record Head(String id, int day, int antenna, Optional<Integer> person) {}

  private record ProfileSpec(
      int person,
      int day,
      Optional<String> financial,
      Optional<String> housing,
      Optional<String> employment,
      Optional<String> coverage,
      Optional<String> setting) {}

  private record ContactSpec(Head head, String channel, int count) {}

  private record AccompanimentSpec(Head head, String domain, Optional<String> mode) {}

  private record HealthSpec(
      Head head,
      int kind,
      String act,
      long pathogens,
      String target,
      Optional<String> coverage,
      Optional<String> reason) {}

  private record DistributionSpec(Head head, List<DistributionItem> items) {}

  /** The arbitraries over one registry. */
  private static final class Generator {
    private final CodeRegistry codes;

    Generator(CodeRegistry codes) {
      this.codes = codes;
    }

    private Arbitrary<String> codes(String list) {
      return Arbitraries.of(codes.list(list).codes().stream().map(Code::code).toList());
    }

    private Arbitrary<Head> heads() {
      return Combinators.combine(
              ids(),
              Arbitraries.integers().between(0, ACTIVITY_DAYS),
              Arbitraries.integers().between(0, 99),
              Arbitraries.integers().between(0, 99).optional(0.7))
          .as(Head::new);
    }

    Arbitrary<Dataset> datasets() {
      Arbitrary<Organisation> org = Combinators.combine(ids(), names()).as(Organisation::new);
      Arbitrary<List<Antenna>> antennas =
          Combinators.combine(ids(), names(), Arbitraries.of(PROVINCES), codes("antenna_kind"))
              .as(Antenna::new)
              .list()
              .ofMinSize(1)
              .ofMaxSize(3)
              .uniqueElements(Antenna::id);
      Arbitrary<List<Person>> persons =
          Combinators.combine(
                  ids(),
                  codes("role"),
                  codes("sex").filter(s -> !s.equals(Code.UNKNOWN)).optional(0.7),
                  Arbitraries.integers().between(1900, FIRST_ACTIVITY.getYear()).optional(0.6),
                  Arbitraries.integers()
                      .between(0, Countries.count() - 1)
                      .map(Countries::code)
                      .optional(0.6),
                  Arbitraries.integers()
                      .between(0, 9 * 365)
                      .map(d -> FIRST_ACTIVITY.minusDays(1 + d))
                      .optional(0.5))
              .as(
                  (id, role, sex, year, country, first) ->
                      new Person(
                          id,
                          role,
                          sex,
                          year.map(OptionalInt::of).orElse(OptionalInt.empty()),
                          country,
                          first))
              .list()
              .ofMaxSize(6)
              .uniqueElements(Person::id);
      Arbitrary<List<ProfileSpec>> profiles =
          Combinators.combine(
                  Arbitraries.integers().between(0, 99),
                  Arbitraries.integers().between(-400, ACTIVITY_DAYS),
                  codes("financial_resource").optional(0.5),
                  codes("housing").optional(0.5),
                  codes("employment").optional(0.5),
                  codes("health_coverage").optional(0.5),
                  codes("setting").optional(0.5))
              .as(ProfileSpec::new)
              .list()
              .ofMaxSize(6);
      Arbitrary<List<ContactSpec>> contacts =
          Combinators.combine(
                  heads(), codes("contact_channel"), Arbitraries.integers().between(1, 10_000))
              .as(ContactSpec::new)
              .list()
              .ofMaxSize(8)
              .uniqueElements(c -> c.head().id());
      Arbitrary<List<AccompanimentSpec>> accompaniments =
          Combinators.combine(
                  heads(), codes("accompaniment_domain"), codes("accompaniment_mode").optional(0.5))
              .as(AccompanimentSpec::new)
              .list()
              .ofMaxSize(5)
              .uniqueElements(a -> a.head().id());
      int pathogens = Math.min(62, codes.list("pathogen").size());
      Arbitrary<List<HealthSpec>> health =
          Combinators.combine(
                  heads(),
                  Arbitraries.integers().between(0, 2),
                  codes("nursing_act"),
                  Arbitraries.longs().between(1, (1L << pathogens) - 1),
                  codes("paramedical_target"),
                  codes("health_coverage").optional(0.5),
                  codes("consultation_reason").optional(0.5))
              .as(HealthSpec::new)
              .list()
              .ofMaxSize(6)
              .uniqueElements(h -> h.head().id());
      Arbitrary<DistributionItem> item =
          Combinators.combine(
                  codes("item"),
                  Arbitraries.integers().between(1, 100_000),
                  Arbitraries.integers().between(0, 10_000_000).optional(0.5))
              .as(
                  (code, q, v) ->
                      new DistributionItem(
                          code, q, v.map(OptionalInt::of).orElse(OptionalInt.empty())));
      Arbitrary<List<DistributionSpec>> distributions =
          Combinators.combine(
                  heads(),
                  item.list().ofMinSize(1).ofMaxSize(3).uniqueElements(DistributionItem::item))
              .as(DistributionSpec::new)
              .list()
              .ofMaxSize(4)
              .uniqueElements(d -> d.head().id());
      return Combinators.combine(
              org, antennas, persons, profiles, contacts, accompaniments, health, distributions)
          .as(this::build);
    }

    private Dataset build(
        Organisation org,
        List<Antenna> antennas,
        List<Person> persons,
        List<ProfileSpec> profiles,
        List<ContactSpec> contacts,
        List<AccompanimentSpec> accompaniments,
        List<HealthSpec> health,
        List<DistributionSpec> distributions) {
      DatasetBuilder b = Dataset.builder(codes);
      b.organisation(org);
      antennas.forEach(b::add);
      persons.forEach(b::add);
      Set<String> profileKeys = new HashSet<>();
      if (!persons.isEmpty()) {
        for (ProfileSpec p : profiles) {
          String person = persons.get(p.person() % persons.size()).id();
          LocalDate date = FIRST_ACTIVITY.plusDays(p.day());
          if (profileKeys.add(person + "|" + date)) {
            b.add(
                new ProfileSnapshot(
                    person,
                    date,
                    p.financial(),
                    p.housing(),
                    p.employment(),
                    p.coverage(),
                    p.setting()));
          }
        }
      }
      for (ContactSpec c : contacts) {
        Optional<String> person = person(c.head(), persons);
        b.add(
            new Contact(
                c.head().id(),
                date(c.head()),
                antenna(c.head(), antennas),
                c.channel(),
                person,
                person.isPresent() ? 1 : c.count()));
      }
      if (!persons.isEmpty()) {
        for (AccompanimentSpec a : accompaniments) {
          String person = persons.get(a.head().person().orElse(0) % persons.size()).id();
          b.add(
              new Accompaniment(
                  a.head().id(),
                  date(a.head()),
                  antenna(a.head(), antennas),
                  person,
                  a.domain(),
                  a.mode()));
        }
      }
      for (HealthSpec h : health) {
        String id = h.head().id();
        LocalDate date = date(h.head());
        String antenna = antenna(h.head(), antennas);
        Optional<String> person = person(h.head(), persons);
        switch (h.kind()) {
          case 0 ->
              b.add(
                  new NursingCare(
                      id,
                      date,
                      antenna,
                      person,
                      h.act(),
                      h.act().equals(NursingCare.RAPID_TEST)
                          ? pathogens(h.pathogens())
                          : List.of()));
          case 1 -> b.add(new ParamedicalAccompaniment(id, date, antenna, person, h.target()));
          default ->
              b.add(new MedicalConsultation(id, date, antenna, person, h.coverage(), h.reason()));
        }
      }
      for (DistributionSpec d : distributions) {
        b.add(
            new DistributionAct(
                d.head().id(),
                date(d.head()),
                antenna(d.head(), antennas),
                person(d.head(), persons),
                d.items()));
      }
      return b.build();
    }

    private static LocalDate date(Head h) {
      return FIRST_ACTIVITY.plusDays(h.day());
    }

    private static String antenna(Head h, List<Antenna> antennas) {
      return antennas.get(h.antenna() % antennas.size()).id();
    }

    private static Optional<String> person(Head h, List<Person> persons) {
      if (persons.isEmpty() || h.person().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(persons.get(h.person().get() % persons.size()).id());
    }

    /** The pathogens of a bit set, in code-list order (as a dataset gives them back). */
    private List<String> pathogens(long mask) {
      List<String> out = new ArrayList<>();
      List<Code> list = codes.list("pathogen").codes();
      for (int i = 0; i < list.size() && i < 62; i++) {
        if ((mask & (1L << i)) != 0) {
          out.add(list.get(i).code());
        }
      }
      return out;
    }
  }
}
