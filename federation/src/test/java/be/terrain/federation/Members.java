package be.terrain.federation;

import be.terrain.core.Antenna;
import be.terrain.core.Contact;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.Organisation;
import be.terrain.core.Person;
import be.terrain.stats.PersonSet;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * Generated members: a member's persons are global person numbers, each with the same sex, role,
 * province and linkage code ({@code G<number>}) at every member, so the true distinct counts across
 * members are known.
 */
final class Members {
  private static final String[] SEX = {"F", "M", "X", "UNKNOWN"};
  private static final String[] ROLE = {"SEX_WORKER", "ENTOURAGE"};
  private static final String[] CHANNEL = {"STREET", "DROP_IN", "PHONE"};

  private Members() {}

  /** A member: its dataset and which global person each of its persons is. */
  record Member(String organisation, Dataset dataset, int[] globals) {
    /** The member's contribution, made through the public API from its linkage codes. */
    Contribution contribution(Optional<FederationKey> key) {
      return Contributions.standard(
          dataset,
          Fixtures.YEAR,
          key,
          new Provenance("terrain test", "0".repeat(64), Provenance.records(dataset)));
    }

    /** The global persons behind each PERSONS row: key {@code table scope code}, or n. */
    Map<String, Set<Integer>> truth() {
      Map<String, Set<Integer>> out = new ConcurrentHashMap<>();
      Statistics.compute(
          dataset,
          ReportDefinition.standard(),
          ReportOptions.of(Fixtures.YEAR),
          (table, scope, n, rows) -> {
            String s =
                scope.level() == be.terrain.stats.Scope.Level.ORGANISATION ? "*" : scope.id();
            out.put(table.id() + " " + s + " n", globals(n));
            for (int c = 0; c < rows.size(); c++) {
              out.put(table.id() + " " + s + " " + c, globals(rows.get(c)));
            }
          });
      return out;
    }

    private Set<Integer> globals(PersonSet set) {
      Set<Integer> g = new HashSet<>();
      set.forEach(p -> g.add(globals[p]));
      return g;
    }
  }

  /** A member whose persons are these global persons. */
  static Member member(String organisation, int[] globals) {
    return member(organisation, globals, true);
  }

  /** A member whose persons have linkage codes, or none. */
  static Member member(String organisation, int[] globals, boolean linked) {
    return member(organisation, globals, g -> linked);
  }

  /** A member whose global persons have a linkage code when {@code linked} says so. */
  static Member member(String organisation, int[] globals, IntPredicate linked) {
    DatasetBuilder b = Dataset.builder();
    b.organisation(new Organisation(organisation, "Member " + organisation));
    b.add(new Antenna("hainaut", "Hainaut", "BE-WHT", "SERVICE"));
    b.add(new Antenna("brabant", "Brabant", "BE-WBR", "ANTENNA"));
    for (int p = 0; p < globals.length; p++) {
      int g = globals[p];
      Person person = Person.of("person-" + p, ROLE[g % 2]);
      String sex = SEX[(g / 2) % 4];
      // an unknown sex is an empty one (the UNKNOWN code is not a value: TER-0110)
      person = sex.equals("UNKNOWN") ? person : person.withSex(sex);
      b.add(person.withLinkageCode(linked.test(g) ? "code-" + g + "-lc" : null));
      LocalDate date = LocalDate.of(2020, 1 + g % 12, 1 + g % 28);
      String antenna = (g / 8) % 3 == 0 ? "brabant" : "hainaut";
      b.add(
          Contact.identified("contact-" + p, date, antenna, CHANNEL[(g / 24) % 3], "person-" + p));
    }
    return new Member(organisation, b.build(), globals);
  }

  /** The contributions of members. */
  static List<Contribution> contributions(List<Member> members, Optional<FederationKey> key) {
    return members.stream().map(m -> m.contribution(key)).toList();
  }
}
