package be.terrain.stats;

import static org.quicktheories.generators.SourceDSL.integers;

import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.RecordKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Small random datasets that validate: one organisation, one to four antennas in one to three
 * provinces, up to thirty persons with profiles, and contacts, accompaniments, health interventions
 * and distribution acts from 2018 to mid-2021. Every choice is a QuickTheories draw of a small
 * integer, so that a failure shrinks towards fewer antennas, persons and records and the first
 * values of each list.
 */
final class RandomDatasets {
  static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
  static final LocalDate LAST = LocalDate.of(2021, 6, 30);

  private static final String[] PROVINCES = {"BE-WHT", "BE-WBR", "BE-WNA"};
  private static final String[] NATIONALITIES = {
    "BE", "BE", "FR", "RO", "GB", "HR", "MA", "CO", ""
  };
  private static final String[] SEXES = {"F", "F", "M", "X", ""};
  private static final String[] CHANNELS = {"STREET", "DROP_IN", "PHONE", "ONLINE", "BAR_VISIT"};
  private static final String[] DOMAINS = {"CPAS", "HOUSING", "JUSTICE", "HEALTH", "OTHER"};
  private static final String[] ACTS = {
    "TREATMENT_FOLLOW_UP", "RAPID_TEST", "PREGNANCY_TEST", "WOUND_CARE"
  };
  private static final String[] PATHOGENS = {
    "HIV", "SYPHILIS", "HCV", "HIV|SYPHILIS", "HIV|SYPHILIS|HCV"
  };
  private static final String[] TARGETS = {"DOCTOR", "HOSPITAL", "PHARMACY"};
  private static final String[] COVERAGES = {"MUTUALITY", "URGENT_MEDICAL_AID", "NONE", "", ""};
  private static final String[] ITEMS = {
    "CONDOM",
    "LUBRICANT",
    "SURGICAL_MASK",
    "HAND_SANITIZER",
    "HYGIENE_PRODUCTS",
    "CLOTHING",
    "PREVENTION_KIT"
  };
  private static final String[][] PROFILE_VALUES = {
    {"NONE", "EARNED_INCOME", "RETIREMENT_PENSION", "UNKNOWN", "", ""},
    {"ADEQUATE", "INADEQUATE", "", ""},
    {"JOB_SEEKER", "EMPLOYED", "", ""},
    {"MUTUALITY", "NONE", "", ""},
    {"STREET", "BAR", "PRIVATE", "", ""},
  };

  private RandomDatasets() {}

  /** The rows of a dataset, kind by kind, in the order of {@link RecordKind#fields()}. */
  static final class Rows {
    final Map<RecordKind, List<String[]>> rows;

    Rows(Map<RecordKind, List<String[]>> rows) {
      this.rows = rows;
    }

    Dataset build() {
      DatasetBuilder b = Dataset.builder();
      for (Map.Entry<RecordKind, List<String[]>> e : rows.entrySet()) {
        int position = 1;
        for (String[] row : e.getValue()) {
          b.addRow(e.getKey(), row.clone(), ++position);
        }
      }
      return b.build();
    }

    /** These rows with one more. */
    Rows with(RecordKind kind, String[]... more) {
      Map<RecordKind, List<String[]>> copy = new EnumMap<>(RecordKind.class);
      rows.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
      for (String[] row : more) {
        copy.get(kind).add(row);
      }
      return new Rows(copy);
    }

    List<String[]> of(RecordKind kind) {
      return rows.get(kind);
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      rows.forEach(
          (k, v) -> {
            for (String[] r : v) {
              s.append(k.singular()).append(' ').append(String.join(",", r)).append('\n');
            }
          });
      return s.toString();
    }
  }

  /** The choices a dataset is made of: {@code nextInt(n)} is one of 0 to n - 1. */
  @FunctionalInterface
  interface Draws {
    int nextInt(int bound);

    default boolean nextBoolean() {
      return nextInt(2) == 1;
    }
  }

  /** Random valid datasets, each choice drawn from the source (and shrunk) by QuickTheories. */
  static Gen<Rows> rows() {
    return in -> of(bound -> integers().between(0, bound - 1).generate(in));
  }

  /** A random valid dataset's rows. */
  static Rows of(Draws r) {
    Map<RecordKind, List<String[]>> rows = new EnumMap<>(RecordKind.class);
    for (RecordKind k : RecordKind.values()) {
      rows.put(k, new ArrayList<>());
    }
    rows.get(RecordKind.ORGANISATION).add(new String[] {"org", "Organisation"});
    int antennas = 1 + r.nextInt(4);
    int provinces = 1 + r.nextInt(Math.min(3, antennas));
    for (int a = 0; a < antennas; a++) {
      rows.get(RecordKind.ANTENNA)
          .add(
              new String[] {
                "a" + a, "Antenna " + a, PROVINCES[a % provinces], a == 0 ? "SERVICE" : "ANTENNA"
              });
    }
    int persons = r.nextInt(31);
    int span = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
    // activities first, to know each person's earliest one
    Map<Integer, Integer> earliest = new LinkedHashMap<>();
    int contacts = r.nextInt(60);
    for (int i = 0; i < contacts; i++) {
      int day = r.nextInt(span + 1);
      int p = persons > 0 && r.nextInt(4) > 0 ? r.nextInt(persons) : -1;
      note(earliest, p, day);
      rows.get(RecordKind.CONTACT)
          .add(
              new String[] {
                "c" + i,
                date(day),
                "a" + r.nextInt(antennas),
                pick(r, CHANNELS),
                person(p),
                p >= 0 ? (r.nextBoolean() ? "1" : "") : String.valueOf(1 + r.nextInt(20))
              });
    }
    int accompaniments = persons == 0 ? 0 : r.nextInt(30);
    for (int i = 0; i < accompaniments; i++) {
      int day = r.nextInt(span + 1);
      int p = r.nextInt(persons);
      note(earliest, p, day);
      rows.get(RecordKind.ACCOMPANIMENT)
          .add(
              new String[] {
                "ac" + i, date(day), "a" + r.nextInt(antennas), person(p), pick(r, DOMAINS), ""
              });
    }
    int health = r.nextInt(30);
    for (int i = 0; i < health; i++) {
      int day = r.nextInt(span + 1);
      int p = persons > 0 && r.nextInt(5) > 0 ? r.nextInt(persons) : -1;
      note(earliest, p, day);
      String[] row =
          new String[] {
            "h" + i, date(day), "a" + r.nextInt(antennas), person(p), "", "", "", "", "", ""
          };
      switch (r.nextInt(3)) {
        case 0 -> {
          row[4] = "NURSING_CARE";
          row[5] = pick(r, ACTS);
          row[6] = row[5].equals("RAPID_TEST") ? pick(r, PATHOGENS) : "";
        }
        case 1 -> {
          row[4] = "PARAMEDICAL_ACCOMPANIMENT";
          row[7] = pick(r, TARGETS);
        }
        default -> {
          row[4] = "MEDICAL_CONSULTATION";
          row[8] = pick(r, COVERAGES);
          row[9] = r.nextBoolean() ? "INFECTION" : "";
        }
      }
      rows.get(RecordKind.HEALTH).add(row);
    }
    int acts = r.nextInt(25);
    for (int i = 0; i < acts; i++) {
      int day = r.nextInt(span + 1);
      int p = persons > 0 && r.nextInt(4) > 0 ? r.nextInt(persons) : -1;
      note(earliest, p, day);
      String antenna = "a" + r.nextInt(antennas);
      int items = 1 + r.nextInt(3);
      int first = r.nextInt(ITEMS.length);
      for (int j = 0; j < items; j++) {
        rows.get(RecordKind.DISTRIBUTION)
            .add(
                new String[] {
                  "d" + i,
                  date(day),
                  antenna,
                  person(p),
                  ITEMS[(first + j) % ITEMS.length],
                  String.valueOf(1 + r.nextInt(50)),
                  ""
                });
      }
    }
    for (int p = 0; p < persons; p++) {
      String firstContact = "";
      Integer e = earliest.get(p);
      if (r.nextInt(3) > 0) {
        int latest = e != null ? e : span;
        firstContact = date(latest - r.nextInt(400));
      }
      rows.get(RecordKind.PERSON)
          .add(
              new String[] {
                person(p),
                r.nextInt(4) == 0 ? "ENTOURAGE" : "SEX_WORKER",
                pick(r, SEXES),
                r.nextInt(6) == 0 ? "" : String.valueOf(1950 + r.nextInt(69)),
                pick(r, NATIONALITIES),
                firstContact
              });
    }
    Set<String> assessed = new HashSet<>();
    int profiles = persons == 0 ? 0 : r.nextInt(40);
    for (int i = 0; i < profiles; i++) {
      int p = r.nextInt(persons);
      int day = r.nextInt(span + 400) - 400;
      if (!assessed.add(p + "@" + day)) {
        continue;
      }
      String[] row = new String[] {person(p), date(day), "", "", "", "", ""};
      for (int a = 0; a < PROFILE_VALUES.length; a++) {
        row[2 + a] = pick(r, PROFILE_VALUES[a]);
      }
      rows.get(RecordKind.PROFILE).add(row);
    }
    return new Rows(rows);
  }

  private static void note(Map<Integer, Integer> earliest, int p, int day) {
    if (p >= 0) {
      earliest.merge(p, day, Math::min);
    }
  }

  static String date(int day) {
    return FIRST.plusDays(day).toString();
  }

  static String person(int p) {
    return p < 0 ? "" : "p" + p;
  }

  private static String pick(Draws r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
