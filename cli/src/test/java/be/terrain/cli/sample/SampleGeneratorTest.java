package be.terrain.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.Antenna;
import be.terrain.core.Countries;
import be.terrain.core.Dataset;
import be.terrain.core.DistributionTable;
import be.terrain.core.HealthIntervention;
import be.terrain.core.NursingCare;
import be.terrain.core.RecordKind;
import be.terrain.testing.MiniCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
  private static final LocalDate READ_ON = LocalDate.of(2026, 1, 1);
  private static final Scale TINY = Scale.of("tiny", 2_000, 20_000, 4_000, 4_000, 10_000);

  @Test
  void theDemoDatasetIsValid() {
    Dataset demo = SampleGenerator.demoDataset();

    assertThat(demo.validateWithoutPlugins(READ_ON).problems()).isEmpty();
    assertThat(demo.organisation().id()).isEqualTo("terrain-demo");
    assertThat(demo.organisation().name()).isEqualTo("Terrain Demo asbl");
    assertThat(demo.antennas())
        .extracting(Antenna::id)
        .containsExactlyElementsOf(SampleGenerator.ANTENNA_IDS);
    assertThat(demo.antennas()).extracting(Antenna::kind).containsOnly("SERVICE", "ANTENNA");
    assertThat(demo.provinces()).containsExactly("BE-WBR", "BE-WHT");
    assertThat(demo.antennas().stream().filter(a -> a.province().equals("BE-WHT"))).hasSize(3);
    assertThat(demo.persons()).hasSize(500);
    assertThat(demo.profiles()).hasSize(750);
    assertThat(demo.contacts()).hasSize(4_000);
    assertThat(demo.accompaniments()).hasSize(800);
    assertThat(demo.health()).hasSize(700);
    assertThat(demo.distributions()).hasSize(4_000);
  }

  @Test
  void aTinyScaleIsValid() {
    Dataset tiny = SampleGenerator.dataset(TINY, 7);

    assertThat(tiny.validateWithoutPlugins(READ_ON).problems()).isEmpty();
    assertThat(tiny.persons()).hasSize(2_000);
    assertThat(tiny.profiles()).hasSize(3_000);
    assertThat(tiny.contacts()).hasSize(20_000);
    assertThat(tiny.distributions()).hasSize(10_000);
  }

  @Test
  void anotherSeedIsValidToo() {
    assertThat(
            SampleGenerator.dataset(Scale.DEMO, 123_456_789L)
                .validateWithoutPlugins(READ_ON)
                .problems())
        .isEmpty();
  }

  @Test
  void theCsvFolderLoadsToTheSameValidDataset(@TempDir Path dir) throws IOException {
    long bytes = SampleGenerator.writeCsvFolder(dir, TINY, 7);

    Dataset fromCsv = MiniCsv.load(dir, Dataset.builder()).build();
    assertThat(fromCsv.validateWithoutPlugins(READ_ON).problems()).isEmpty();
    SampleGenerator generator = new SampleGenerator(TINY, 7);
    for (RecordKind kind : RecordKind.values()) {
      assertThat((long) fromCsv.size(kind)).as(kind.name()).isEqualTo(generator.rowCount(kind));
      assertThat(Files.readAllLines(dir.resolve(kind.collection() + ".csv")).get(0))
          .isEqualTo(String.join(",", kind.fields()).replace(",linkage_code", "")); // optional
    }
    assertThat(fromCsv).isEqualTo(SampleGenerator.dataset(TINY, 7));
    long size = 0;
    for (RecordKind kind : RecordKind.values()) {
      size += Files.size(dir.resolve(kind.collection() + ".csv"));
    }
    assertThat(bytes).isEqualTo(size);
    assertThat(Files.readString(dir.resolve("rules.json")))
        .isEqualTo(generator.tickets().rulesJson());
  }

  @Test
  void theCsvIsPlainRfc4180(@TempDir Path dir) throws IOException {
    SampleGenerator.writeCsvFolder(dir, Scale.DEMO, SampleGenerator.DEFAULT_SEED);

    byte[] contacts = Files.readAllBytes(dir.resolve("contacts.csv"));
    assertThat(new String(contacts, 0, 3, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("id,");
    assertThat(contacts).doesNotContain((byte) '\r');
    assertThat(Files.readString(dir.resolve("organisation.csv")))
        .isEqualTo("id,name\nterrain-demo,Terrain Demo asbl\n");
    assertThat(Files.readAllLines(dir.resolve("contacts.csv")).get(1))
        .matches("c-0001,2019-01-01,[a-z-]+,[A-Z_]+,(p-\\d{4})?,\\d*");
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers(
      @TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
    SampleGenerator.writeCsvFolder(a, TINY, 11);
    SampleGenerator.writeCsvFolder(b, TINY, 11);
    SampleGenerator.writeCsvFolder(c, TINY, 12);

    for (RecordKind kind : RecordKind.values()) {
      String file = kind.collection() + ".csv";
      assertThat(Files.readAllBytes(b.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
    assertThat(Files.readAllBytes(c.resolve("persons.csv")))
        .isNotEqualTo(Files.readAllBytes(a.resolve("persons.csv")));
    assertThat(Files.readAllBytes(c.resolve("contacts.csv")))
        .isNotEqualTo(Files.readAllBytes(a.resolve("contacts.csv")));
  }

  @Test
  void codesAreDistributedRealistically() {
    Dataset d = SampleGenerator.dataset(TINY, 3);
    int n = d.persons().size();

    Map<String, Integer> roles = new HashMap<>();
    int unknownBirthYear = 0;
    Set<Byte> groups = new HashSet<>();
    byte[] groupOf = Countries.nationalityGroupsOn(LocalDate.of(2020, 12, 31));
    for (int p = 0; p < n; p++) {
      roles.merge(d.persons().get(p).role(), 1, Integer::sum);
      int by = d.persons().birthYear(p);
      if (by < 0) {
        unknownBirthYear++;
      } else {
        assertThat(by).isBetween(1950, 2005);
      }
      if (d.persons().nationality(p) >= 0) {
        groups.add(groupOf[d.persons().nationality(p)]);
      }
    }
    assertThat(roles.keySet()).containsExactlyInAnyOrder("SEX_WORKER", "ENTOURAGE");
    assertThat(roles.get("SEX_WORKER")).isGreaterThan(roles.get("ENTOURAGE"));
    assertThat(unknownBirthYear * 100 / n).isBetween(12, 18);
    assertThat(groups).contains(Countries.GROUP_BE, Countries.GROUP_EU, Countries.GROUP_NON_EU);
    assertThat(d.profiles().size() * 10 / n).isEqualTo(15);

    int identified = 0;
    boolean anonymousOverOne = false;
    for (int r = 0; r < d.contacts().size(); r++) {
      if (d.contacts().person(r) >= 0) {
        identified++;
        assertThat(d.contacts().count(r)).isEqualTo(1);
      } else if (d.contacts().count(r) > 1) {
        anonymousOverOne = true;
      }
    }
    assertThat(identified * 100 / d.contacts().size()).isBetween(77, 83);
    assertThat(anonymousOverOne).isTrue();

    Set<String> rapidTestPathogens = new HashSet<>();
    Set<String> healthKinds = new HashSet<>();
    for (HealthIntervention h : d.health()) {
      healthKinds.add(h.kind());
      if (h instanceof NursingCare care && care.act().equals("RAPID_TEST")) {
        rapidTestPathogens.add(String.join("|", care.pathogens()));
      }
    }
    assertThat(healthKinds).hasSize(3);
    assertThat(rapidTestPathogens).contains("HIV|SYPHILIS", "HIV");

    int[] itemsPerAct = new int[d.distributions().actCount()];
    for (int r = 0; r < d.distributions().size(); r++) {
      itemsPerAct[d.distributions().act(r)]++;
    }
    assertThat(java.util.Arrays.stream(itemsPerAct).max().getAsInt()).isBetween(3, 4);
    assertThat(java.util.Arrays.stream(itemsPerAct).filter(k -> k > 1).count())
        .isGreaterThan(itemsPerAct.length / 3);
  }

  @Test
  void activityCoversBothYears() {
    Dataset d = SampleGenerator.demoDataset();
    Set<Integer> years = new HashSet<>();
    for (int r = 0; r < d.contacts().size(); r++) {
      years.add(LocalDate.ofEpochDay(d.contacts().epochDay(r)).getYear());
    }
    assertThat(years).containsExactlyInAnyOrder(2019, 2020);
  }

  @Test
  void theDemoHasATicketsLedgerWithAHandfulOfEachViolation() {
    TicketsLedger tickets = SampleGenerator.demoTickets();

    assertThat(tickets.budgetCents()).isEqualTo(2_000_000L);
    assertThat(tickets.units()).isEqualTo(2_005L);
    assertThat(tickets.spentCents()).isEqualTo(2_005_000L);
    assertThat(tickets.antennas()).containsExactly("centre", "est", "brabant");
    assertThat(tickets.violations().keySet())
        .containsExactlyInAnyOrder(
            "ANONYMOUS", "NOT_ELIGIBLE", "WRONG_ANTENNA", "OVER_QUOTA", "OVER_BUDGET");
    assertThat(tickets.violations().values()).allSatisfy(v -> assertThat(v).isBetween(1, 6));
    assertThat(tickets.persons()).isBetween(30, 120);
  }

  @Test
  void theTicketsLedgerIsWhatAnIndependentCheckFinds() {
    for (Scale scale : List.of(Scale.DEMO, TINY)) {
      Dataset d = SampleGenerator.dataset(scale, SampleGenerator.DEFAULT_SEED);
      TicketsLedger expected = new SampleGenerator(scale, SampleGenerator.DEFAULT_SEED).tickets();
      assertThat(check(d, expected)).as(scale.name()).isEqualTo(expected);
    }
  }

  @Test
  void someoneGetsThreeVouchersInOneIsoWeekButMostStayWithinTwo() {
    Dataset d = SampleGenerator.demoDataset();
    Map<String, Integer> perPersonWeek = new HashMap<>();
    for (DistributionTable.Row row : d.distributions()) {
      if (row.item().item().equals("TICKET_S") && row.personId().isPresent()) {
        assertThat(row.date().getYear()).isEqualTo(2020);
        assertThat(row.item().unitValueCents()).hasValue(1000);
        String key =
            row.personId().get()
                + "@"
                + row.date().get(IsoFields.WEEK_BASED_YEAR)
                + "-W"
                + row.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        perPersonWeek.merge(key, row.item().quantity(), Integer::sum);
      }
    }
    assertThat(perPersonWeek.values()).contains(3);
    long within = perPersonWeek.values().stream().filter(u -> u <= 2).count();
    assertThat(within * 100 / perPersonWeek.size()).isGreaterThanOrEqualTo(95);
  }

  @Test
  void theRulesJsonIsTheRule() {
    String json = SampleGenerator.demoTickets().rulesJson();

    assertThat(json)
        .startsWith("{\n  \"format\": \"terrain-rules/1\",")
        .contains(
            "\"id\": \"tickets-s-2020\"",
            "\"item\": \"TICKET_S\"",
            "\"unit_value_cents\": 1000",
            "\"units\": 2",
            "\"per\": \"ISO_WEEK\"",
            "\"budget_cents\": 2000000",
            "\"valid_from\": \"2020-01-01\"",
            "\"valid_to\": \"2020-12-31\"",
            "\"eligible_roles\": [\"SEX_WORKER\"]",
            "\"antennas\": [\"centre\", \"est\", \"brabant\"]")
        .endsWith("}\n");
  }

  @Test
  void scalesAreValidated() {
    assertThat(Scale.named("s1")).isSameAs(Scale.S1);
    assertThat(Scale.named("DEMO")).isSameAs(Scale.DEMO);
    assertThat(Scale.S2.contacts()).isEqualTo(10 * Scale.S1.contacts());
    assertThat(Scale.S1.totalRows()).isEqualTo(2_150_006L);
    assertThat(Scale.S2.totalRows()).isEqualTo(21_500_006L);
    assertThat(Scale.S1.ticketsBudgetCents()).isEqualTo(20_000_000L);
    assertThatThrownBy(() -> Scale.named("S3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("S3");
    assertThatThrownBy(() -> Scale.of("x y", 100, 1, 1, 1, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x y");
    assertThatThrownBy(() -> Scale.of("few", 10, 1, 1, 1, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10");
    assertThatThrownBy(() -> new Scale("cheap", 100, 1, 1, 1, 1000, 1500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1500");
    assertThatThrownBy(() -> new Scale("rich", 100, 1, 1, 1, 1000, 1_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000000");
  }

  /** A plain re-reading of distribution-rules.md for the one rule, as of its last day. */
  private static TicketsLedger check(Dataset d, TicketsLedger rule) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < d.distributions().size(); r++) {
      DistributionTable.Row row = d.distributions().get(r);
      if (row.item().item().equals(rule.item())
          && !row.date().isBefore(rule.validFrom())
          && !row.date().isAfter(rule.validTo())) {
        rows.add(r);
      }
    }
    rows.sort(
        Comparator.comparing((Integer r) -> d.distributions().get(r).date())
            .thenComparing(r -> d.distributions().get(r).actId())
            .thenComparingInt(r -> r));
    Map<String, Integer> violations = new LinkedHashMap<>();
    for (String kind :
        List.of("ANONYMOUS", "NOT_ELIGIBLE", "WRONG_ANTENNA", "OVER_QUOTA", "OVER_BUDGET")) {
      violations.put(kind, 0);
    }
    Map<String, Integer> quota = new HashMap<>();
    Set<String> persons = new HashSet<>();
    long charged = 0;
    long units = 0;
    for (int r : rows) {
      DistributionTable.Row row = d.distributions().get(r);
      int q = row.item().quantity();
      units += q;
      if (row.personId().isEmpty()) {
        violations.merge("ANONYMOUS", 1, Integer::sum);
      } else {
        String person = row.personId().get();
        persons.add(person);
        String role = d.persons().get(d.persons().numberOf(person).getAsInt()).role();
        if (!rule.eligibleRoles().contains(role)) {
          violations.merge("NOT_ELIGIBLE", 1, Integer::sum);
        }
      }
      if (!rule.antennas().contains(row.antennaId())) {
        violations.merge("WRONG_ANTENNA", 1, Integer::sum);
      }
      if (row.personId().isPresent()) {
        String key =
            row.personId().get()
                + "@"
                + row.date().get(IsoFields.WEEK_BASED_YEAR)
                + "-"
                + row.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (quota.merge(key, q, Integer::sum) > rule.quotaUnits()) {
          violations.merge("OVER_QUOTA", 1, Integer::sum);
        }
      }
      charged += (long) q * row.item().unitValueCents().orElse(rule.unitValueCents());
      if (charged > rule.budgetCents()) {
        violations.merge("OVER_BUDGET", 1, Integer::sum);
      }
    }
    return new TicketsLedger(
        rule.ruleId(),
        rule.item(),
        rule.unitValueCents(),
        rule.quotaUnits(),
        rule.quotaPer(),
        rule.budgetCents(),
        rule.validFrom(),
        rule.validTo(),
        rule.eligibleRoles(),
        rule.antennas(),
        rows.size(),
        units,
        persons.size(),
        violations);
  }
}
