package be.terrain.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import be.terrain.core.Accompaniment;
import be.terrain.core.Antenna;
import be.terrain.core.Contact;
import be.terrain.core.Dataset;
import be.terrain.core.DistributionTable;
import be.terrain.core.HealthIntervention;
import be.terrain.core.Person;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's counts are those a plain reading of standard-report.md gives on the same records. */
class DuckDbReportTest {
  private static final int YEAR = 2020;
  private static final Scale SMALL = Scale.of("small", 300, 3_000, 600, 600, 2_000);

  @Test
  void duckDbCountsWhatThePlainReadingCounts(@TempDir Path dir) throws IOException, SQLException {
    SampleFolders.ensure(dir, SMALL, 5);
    Dataset d = SampleGenerator.dataset(SMALL, 5);

    SortedMap<String, Long> duck = DuckDbReport.compute(dir, YEAR);

    SortedMap<String, Long> expected = plain(d);
    assertThat(duck).isEqualTo(expected);
    assertThat(duck.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).distinct())
        .containsExactlyInAnyOrderElementsOf(DuckDbReport.TABLES);
    assertThat(duck)
        .containsKey(DuckDbReport.key("profile.sex", "ORGANISATION", "terrain-demo", "F"))
        .containsKey(DuckDbReport.key("health.kind", "PROVINCE", "BE-WHT", "NURSING_CARE"))
        .containsKey(DuckDbReport.key("distributions.units", "ANTENNA", "centre", "CONDOM"));
  }

  private static SortedMap<String, Long> plain(Dataset d) {
    SortedMap<String, Long> out = new TreeMap<>();
    Map<String, String> province = new HashMap<>();
    for (Antenna a : d.antennas()) {
      province.put(a.id(), a.province());
    }
    String org = d.organisation().id();
    Map<String, Set<String>> population = new HashMap<>();
    for (Contact c : d.contacts()) {
      int y = c.date().getYear();
      if (y == YEAR || y == YEAR - 1) {
        String table = y == YEAR ? "contacts.channel" : "contacts.channel@history1";
        add(out, table, org, province, c.antennaId(), c.channel(), c.count());
      }
      if (y == YEAR && c.personId().isPresent()) {
        enrol(population, org, province, c.antennaId(), c.personId().get());
      }
    }
    for (Accompaniment a : d.accompaniments()) {
      if (a.date().getYear() == YEAR) {
        enrol(population, org, province, a.antennaId(), a.personId());
      }
    }
    for (HealthIntervention h : d.health()) {
      if (h.date().getYear() == YEAR) {
        add(out, "health.kind", org, province, h.antennaId(), h.kind(), 1);
      }
    }
    for (DistributionTable.Row r : d.distributions()) {
      if (r.date().getYear() == YEAR) {
        add(
            out,
            "distributions.units",
            org,
            province,
            r.antennaId(),
            r.item().item(),
            r.item().quantity());
      }
    }
    Map<String, Person> persons = new HashMap<>();
    for (Person p : d.persons()) {
      persons.put(p.id(), p);
    }
    population.forEach(
        (scope, ids) -> {
          for (String id : ids) {
            Person p = persons.get(id);
            out.merge("profile.sex|" + scope + "|" + p.sex().orElse("UNKNOWN"), 1L, Long::sum);
            out.merge("profile.age_band|" + scope + "|" + ageBand(p), 1L, Long::sum);
          }
        });
    return out;
  }

  private static String ageBand(Person p) {
    if (p.birthYear().isEmpty()) {
      return "UNKNOWN";
    }
    int age = LocalDate.of(YEAR, 12, 31).getYear() - p.birthYear().getAsInt();
    if (age < 18) {
      return "<18";
    }
    if (age < 25) {
      return "18-24";
    }
    if (age >= 65) {
      return "65+";
    }
    int low = age / 5 * 5;
    return low + "-" + (low + 4);
  }

  private static List<String> scopes(String org, Map<String, String> province, String antenna) {
    return List.of(
        "ANTENNA|" + antenna, "PROVINCE|" + province.get(antenna), "ORGANISATION|" + org);
  }

  private static void add(
      Map<String, Long> out,
      String table,
      String org,
      Map<String, String> province,
      String antenna,
      String code,
      long value) {
    for (String scope : scopes(org, province, antenna)) {
      out.merge(table + "|" + scope + "|" + code, value, Long::sum);
    }
  }

  private static void enrol(
      Map<String, Set<String>> population,
      String org,
      Map<String, String> province,
      String antenna,
      String person) {
    for (String scope : scopes(org, province, antenna)) {
      population.computeIfAbsent(scope, k -> new HashSet<>()).add(person);
    }
  }
}
