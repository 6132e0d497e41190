package be.terrain.json;

import be.terrain.core.Accompaniment;
import be.terrain.core.Antenna;
import be.terrain.core.CodeList;
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
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid datasets for property tests (valid as of {@link be.terrain.testing.ReferenceData#READ_ON}):
 * every record kind, optional values present or not, names with quotes, commas, semicolons, line
 * breaks, formula-like prefixes and non-ASCII text. Each record is drawn as a few integers that
 * pick its codes, dates and references, so that jqwik shrinks a failing dataset towards small
 * indexes and few records. References and ids are consistent by construction: ids are unique,
 * references resolve, activities are dated 2018-2025, birth years 1900-2005, first contacts
 * 2010-2017, profiles of one person have distinct dates, identified contacts count 1, acts name
 * each item once.
 */
public final class JsonArbitraries {
  private JsonArbitraries() {}

  private static final CodeRegistry CODES = CodeRegistry.standard();
  private static final LocalDate ACTIVITY_FROM = LocalDate.of(2018, 1, 1);
  private static final LocalDate FIRST_CONTACT_FROM = LocalDate.of(2010, 1, 1);
  private static final int DAYS = 2900;
  private static final List<String> PROVINCES =
      List.of(
          "BE-WHT", "BE-WBR", "BE-WNA", "BE-WLG", "BE-WLX", "BE-BRU", "BE-VAN", "BE-VBR", "BE-VLI",
          "BE-VOV", "BE-VWV");
  private static final List<String> PROFILE_LISTS =
      List.of("financial_resource", "housing", "employment", "health_coverage", "setting");

  /** Display names: any of the characters a spreadsheet or JSON escapes, and non-ASCII text. */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withChars(" ,;\"'=+-@\t\n\r\\/|{}[]:")
        .withChars("éèàçüöñÉ€«»—’")
        .withCharRange('\u4e00', '\u4e10')
        .withChars('\u0000', '\u001f', '\u007f', '\u2028')
        .ofMinLength(1)
        .ofMaxLength(24)
        .map(s -> s.length() % 5 == 0 ? s + "😀" : s);
  }

  /** Ids: 1 to 64 characters of {@code [A-Za-z0-9._-]}. */
  public static Arbitrary<String> ids() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars("._-")
        .ofMinLength(1)
        .ofMaxLength(64);
  }

  private static Arbitrary<List<Integer>> picks(int size) {
    return Arbitraries.integers().between(0, 1 << 20).list().ofSize(size);
  }

  private static Arbitrary<List<List<Integer>>> records(int size, int max) {
    return picks(size).list().ofMaxSize(max);
  }

  /** Valid datasets of every kind of record. */
  public static Arbitrary<Dataset> datasets() {
    Arbitrary<Organisation> organisation =
        Combinators.combine(ids(), texts()).as(Organisation::new);
    Arbitrary<List<Antenna>> antennas =
        Combinators.combine(texts(), picks(2))
            .as((name, p) -> new Object[] {name, p})
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(JsonArbitraries::antennas);
    return Combinators.combine(
            organisation,
            antennas,
            records(5, 12),
            records(7, 10),
            records(6, 15),
            records(6, 8),
            records(9, 10),
            records(10, 6))
        .as(JsonArbitraries::dataset);
  }

  private static List<Antenna> antennas(List<Object[]> specs) {
    List<Antenna> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      @SuppressWarnings("unchecked")
      List<Integer> p = (List<Integer>) specs.get(i)[1];
      out.add(
          new Antenna(
              "antenna-" + i,
              (String) specs.get(i)[0],
              PROVINCES.get(p.get(0) % PROVINCES.size()),
              code("antenna_kind", p.get(1))));
    }
    return out;
  }

  private static Dataset dataset(
      Organisation organisation,
      List<Antenna> antennas,
      List<List<Integer>> persons,
      List<List<Integer>> profiles,
      List<List<Integer>> contacts,
      List<List<Integer>> accompaniments,
      List<List<Integer>> health,
      List<List<Integer>> distributions) {
    DatasetBuilder b = Dataset.builder(CODES).organisation(organisation);
    antennas.forEach(b::add);
    int n = persons.size();
    for (int i = 0; i < n; i++) {
      List<Integer> p = persons.get(i);
      b.add(
          new Person(
              personId(i),
              code("role", p.get(0)),
              optional(p.get(1), 3, k -> List.of("F", "M", "X").get(k)),
              p.get(2) % 3 == 0 ? OptionalInt.empty() : OptionalInt.of(1900 + p.get(2) % 106),
              optional(p.get(3), Countries.count(), Countries::code),
              p.get(4) % 2 == 0
                  ? Optional.empty()
                  : Optional.of(FIRST_CONTACT_FROM.plusDays(p.get(4) % DAYS))));
    }
    if (n > 0) {
      Set<String> personDates = new HashSet<>();
      for (List<Integer> p : profiles) {
        int person = p.get(0) % n;
        LocalDate date = day(p.get(1));
        if (!personDates.add(person + "@" + date)) {
          continue;
        }
        ProfileSnapshot s = ProfileSnapshot.of(personId(person), date);
        List<Optional<String>> values = new ArrayList<>();
        for (int a = 0; a < PROFILE_LISTS.size(); a++) {
          String list = PROFILE_LISTS.get(a);
          values.add(optional(p.get(2 + a), CODES.list(list).size(), k -> code(list, k)));
        }
        b.add(
            new ProfileSnapshot(
                s.personId(),
                s.date(),
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                values.get(4)));
      }
    }
    for (int i = 0; i < contacts.size(); i++) {
      List<Integer> c = contacts.get(i);
      Optional<String> person = person(c.get(3), n);
      b.add(
          new Contact(
              "c-" + i,
              day(c.get(0)),
              antenna(antennas, c.get(1)),
              code("contact_channel", c.get(2)),
              person,
              person.isPresent() ? 1 : 1 + c.get(4) % 10_000));
    }
    if (n > 0) {
      for (int i = 0; i < accompaniments.size(); i++) {
        List<Integer> a = accompaniments.get(i);
        b.add(
            new Accompaniment(
                "acc-" + i,
                day(a.get(0)),
                antenna(antennas, a.get(1)),
                personId(a.get(2) % n),
                code("accompaniment_domain", a.get(3)),
                optional(
                    a.get(4),
                    CODES.list("accompaniment_mode").size(),
                    k -> code("accompaniment_mode", k))));
      }
    }
    for (int i = 0; i < health.size(); i++) {
      List<Integer> h = health.get(i);
      String id = "h_" + i;
      LocalDate date = day(h.get(0));
      String antenna = antenna(antennas, h.get(1));
      Optional<String> person = person(h.get(2), n);
      switch (h.get(3) % 3) {
        case 0 -> {
          String act = code("nursing_act", h.get(4));
          List<String> pathogens = new ArrayList<>();
          if (act.equals(NursingCare.RAPID_TEST)) {
            CodeList list = CODES.list("pathogen");
            int mask = 1 + h.get(5) % ((1 << list.size()) - 1);
            for (int k = list.size() - 1; k >= 0; k--) {
              if ((mask & (1 << k)) != 0) {
                pathogens.add(list.get(k).code());
              }
            }
          }
          b.add(new NursingCare(id, date, antenna, person, act, pathogens));
        }
        case 1 ->
            b.add(
                new ParamedicalAccompaniment(
                    id, date, antenna, person, code("paramedical_target", h.get(6))));
        default ->
            b.add(
                new MedicalConsultation(
                    id,
                    date,
                    antenna,
                    person,
                    optional(
                        h.get(7),
                        CODES.list("health_coverage").size(),
                        k -> code("health_coverage", k)),
                    optional(
                        h.get(8),
                        CODES.list("consultation_reason").size(),
                        k -> code("consultation_reason", k))));
      }
    }
    CodeList itemList = CODES.list("item");
    for (int i = 0; i < distributions.size(); i++) {
      List<Integer> d = distributions.get(i);
      List<DistributionItem> items = new ArrayList<>();
      int start = d.get(3) % itemList.size();
      int count = 1 + d.get(4) % 3;
      for (int k = 0; k < count; k++) {
        String item = itemList.get((start + k * 5) % itemList.size()).code();
        int quantity = 1 + d.get(5 + k) % 100_000;
        OptionalInt value =
            d.get(8 + k / 2) % 2 == 0
                ? OptionalInt.empty()
                : OptionalInt.of(d.get(8 + k / 2) % 10_000_001);
        items.add(new DistributionItem(item, quantity, value));
      }
      b.add(
          new DistributionAct(
              "d." + i, day(d.get(0)), antenna(antennas, d.get(1)), person(d.get(2), n), items));
    }
    return b.build();
  }

  private static String personId(int i) {
    return "p-" + i;
  }

  private static LocalDate day(int pick) {
    return ACTIVITY_FROM.plusDays(pick % DAYS);
  }

  private static String antenna(List<Antenna> antennas, int pick) {
    return antennas.get(pick % antennas.size()).id();
  }

  private static Optional<String> person(int pick, int persons) {
    if (persons == 0 || pick % 4 == 0) {
      return Optional.empty();
    }
    return Optional.of(personId(pick % persons));
  }

  private static String code(String list, int pick) {
    CodeList l = CODES.list(list);
    return l.get(pick % l.size()).code();
  }

  private static Optional<String> optional(
      int pick, int size, java.util.function.IntFunction<String> value) {
    int k = pick % (size + 1);
    return k == size ? Optional.empty() : Optional.of(value.apply(k));
  }
}
