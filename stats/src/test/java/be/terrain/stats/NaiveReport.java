package be.terrain.stats;

import be.terrain.core.Accompaniment;
import be.terrain.core.Antenna;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Contact;
import be.terrain.core.Countries;
import be.terrain.core.Dataset;
import be.terrain.core.DistributionAct;
import be.terrain.core.DistributionItem;
import be.terrain.core.HealthIntervention;
import be.terrain.core.MedicalConsultation;
import be.terrain.core.NursingCare;
import be.terrain.core.ParamedicalAccompaniment;
import be.terrain.core.Period;
import be.terrain.core.Person;
import be.terrain.core.ProfileSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The standard report's counts computed the slow, obvious way, from the dataset's typed records
 * with sets and maps: an oracle for the engine. Gives, per table id and scope, the counts of each
 * code then n, for the period and each history period.
 */
final class NaiveReport {
  private final Dataset d;
  private final CodeRegistry codes;
  private final Map<String, Person> persons = new HashMap<>();
  private final Map<String, List<ProfileSnapshot>> profiles = new HashMap<>();
  private final Map<String, LocalDate> earliest = new HashMap<>();
  private final Map<String, String> provinceOf = new HashMap<>();

  NaiveReport(Dataset d) {
    this.d = d;
    this.codes = d.codes();
    for (Person p : d.persons()) {
      persons.put(p.id(), p);
    }
    for (ProfileSnapshot s : d.profiles()) {
      profiles.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(s);
    }
    for (Antenna a : d.antennas()) {
      provinceOf.put(a.id(), a.province());
    }
    d.contacts().forEach(c -> c.personId().ifPresent(p -> active(p, c.date())));
    d.accompaniments().forEach(a -> active(a.personId(), a.date()));
    d.health().forEach(h -> h.personId().ifPresent(p -> active(p, h.date())));
    d.distributions().forEach(r -> r.personId().ifPresent(p -> active(p, r.date())));
  }

  private void active(String person, LocalDate day) {
    earliest.merge(person, day, (a, b) -> a.isBefore(b) ? a : b);
  }

  private boolean in(Scope scope, String antenna) {
    return switch (scope.level()) {
      case ORGANISATION -> true;
      case PROVINCE -> scope.id().equals(provinceOf.get(antenna));
      case ANTENNA -> scope.id().equals(antenna);
    };
  }

  private int index(String list, String code) {
    return codes.list(list).indexOf(code);
  }

  private int size(String list) {
    return codes.list(list).size();
  }

  /** The counts of a table in a scope and period: one per code, then n. */
  long[] counts(String table, Scope scope, Period period) {
    return switch (table) {
      case "profile.role" ->
          persons(psychosocial(scope, period), "role", p -> persons.get(p).role());
      case "profile.sex" ->
          persons(psychosocial(scope, period), "sex", p -> persons.get(p).sex().orElse("UNKNOWN"));
      case "profile.age_band" ->
          persons(psychosocial(scope, period), "age_band", p -> ageBand(p, period));
      case "profile.nationality" ->
          persons(
              psychosocial(scope, period),
              "nationality_group",
              p -> Countries.nationalityGroup(persons.get(p).nationality(), period.to()));
      case "profile.financial_resource",
          "profile.housing",
          "profile.employment",
          "profile.setting" -> {
        String attribute = table.substring("profile.".length());
        yield persons(
            psychosocial(scope, period),
            attribute,
            p -> profileOn(p, attribute, period.to()).orElse("UNKNOWN"));
      }
      case "profile.new_contact" ->
          persons(psychosocial(scope, period), "new_contact", p -> newContact(p, period));
      case "health.requesters" -> {
        Set<String> ps = new HashSet<>();
        for (HealthIntervention h : d.health()) {
          if (in(scope, h.antennaId()) && period.contains(h.date())) {
            h.personId().ifPresent(ps::add);
          }
        }
        yield persons(ps, "role", p -> persons.get(p).role());
      }
      case "contacts.channel" -> {
        long[] out = new long[size("contact_channel") + 1];
        for (Contact c : d.contacts()) {
          if (in(scope, c.antennaId()) && period.contains(c.date())) {
            out[index("contact_channel", c.channel())] += c.count();
            out[out.length - 1] += c.count();
          }
        }
        yield out;
      }
      case "accompaniments.domain" -> {
        long[] out = new long[size("accompaniment_domain") + 1];
        for (Accompaniment a : d.accompaniments()) {
          if (in(scope, a.antennaId()) && period.contains(a.date())) {
            out[index("accompaniment_domain", a.domain())]++;
            out[out.length - 1]++;
          }
        }
        yield out;
      }
      case "accompaniments.persons" -> {
        Map<String, Set<String>> byCode = new HashMap<>();
        for (Accompaniment a : d.accompaniments()) {
          if (in(scope, a.antennaId()) && period.contains(a.date())) {
            byCode.computeIfAbsent(a.domain(), k -> new HashSet<>()).add(a.personId());
          }
        }
        yield personsByCode(byCode, "accompaniment_domain");
      }
      case "health.kind",
          "health.nursing_act",
          "health.paramedical_target",
          "health.consultation_coverage",
          "health.rapid_test" ->
          health(table, scope, period);
      case "distributions.acts" -> {
        long[] out = new long[size("item_group") + 1];
        for (DistributionAct act : d.distributions().acts()) {
          if (in(scope, act.antennaId()) && period.contains(act.date())) {
            Set<String> groups = new HashSet<>();
            for (DistributionItem i : act.items()) {
              groups.add(group(i.item()));
            }
            for (String g : groups) {
              out[index("item_group", g)]++;
            }
            out[out.length - 1]++;
          }
        }
        yield out;
      }
      case "distributions.units" -> {
        long[] out = new long[size("item") + 1];
        for (var r : d.distributions()) {
          if (in(scope, r.antennaId()) && period.contains(r.date())) {
            out[index("item", r.item().item())] += r.item().quantity();
            out[out.length - 1] += r.item().quantity();
          }
        }
        yield out;
      }
      case "distributions.persons" -> {
        Map<String, Set<String>> byCode = new HashMap<>();
        for (var r : d.distributions()) {
          if (in(scope, r.antennaId()) && period.contains(r.date()) && r.personId().isPresent()) {
            byCode
                .computeIfAbsent(group(r.item().item()), k -> new HashSet<>())
                .add(r.personId().get());
          }
        }
        yield personsByCode(byCode, "item_group");
      }
      default -> throw new IllegalArgumentException("no naive table " + table);
    };
  }

  private long[] health(String table, Scope scope, Period period) {
    String list =
        switch (table) {
          case "health.kind" -> "health_kind";
          case "health.nursing_act" -> "nursing_act";
          case "health.paramedical_target" -> "paramedical_target";
          case "health.consultation_coverage" -> "health_coverage";
          default -> "pathogen";
        };
    long[] out = new long[size(list) + 1];
    for (HealthIntervention h : d.health()) {
      if (!in(scope, h.antennaId()) || !period.contains(h.date())) {
        continue;
      }
      List<String> cs = new ArrayList<>();
      switch (table) {
        case "health.kind" -> cs.add(h.kind());
        case "health.nursing_act" -> {
          if (h instanceof NursingCare n) {
            cs.add(n.act());
          }
        }
        case "health.paramedical_target" -> {
          if (h instanceof ParamedicalAccompaniment p) {
            cs.add(p.target());
          }
        }
        case "health.consultation_coverage" -> {
          if (h instanceof MedicalConsultation m) {
            cs.add(
                m.coverage()
                    .or(() -> m.personId().flatMap(p -> profileOn(p, "health_coverage", m.date())))
                    .orElse("UNKNOWN"));
          }
        }
        default -> {
          if (h instanceof NursingCare n && n.act().equals("RAPID_TEST")) {
            cs.addAll(n.pathogens());
            out[out.length - 1]++; // n counts the test once whatever its pathogens
          }
        }
      }
      for (String c : cs) {
        out[index(list, c)]++;
      }
      if (!cs.isEmpty() && !table.equals("health.rapid_test")) {
        out[out.length - 1]++;
      }
    }
    return out;
  }

  private String group(String item) {
    return codes.list("item").find(item).orElseThrow().group().orElseThrow();
  }

  private Set<String> psychosocial(Scope scope, Period period) {
    Set<String> out = new HashSet<>();
    for (Contact c : d.contacts()) {
      if (in(scope, c.antennaId()) && period.contains(c.date())) {
        c.personId().ifPresent(out::add);
      }
    }
    for (Accompaniment a : d.accompaniments()) {
      if (in(scope, a.antennaId()) && period.contains(a.date())) {
        out.add(a.personId());
      }
    }
    return out;
  }

  private long[] persons(Set<String> ps, String list, Function<String, String> code) {
    long[] out = new long[size(list) + 1];
    for (String p : ps) {
      out[index(list, code.apply(p))]++;
    }
    out[out.length - 1] = ps.size();
    return out;
  }

  private long[] personsByCode(Map<String, Set<String>> byCode, String list) {
    long[] out = new long[size(list) + 1];
    Set<String> all = new HashSet<>();
    byCode.forEach(
        (c, ps) -> {
          out[index(list, c)] = ps.size();
          all.addAll(ps);
        });
    out[out.length - 1] = all.size();
    return out;
  }

  private String ageBand(String person, Period period) {
    var by = persons.get(person).birthYear();
    if (by.isEmpty()) {
      return "UNKNOWN";
    }
    int age = period.to().getYear() - by.getAsInt();
    if (age < 0) {
      return "UNKNOWN";
    }
    if (age < 18) {
      return "<18";
    }
    if (age >= 65) {
      return "65+";
    }
    if (age <= 24) {
      return "18-24";
    }
    int lo = age / 5 * 5;
    return lo + "-" + (lo + 4);
  }

  private Optional<String> profileOn(String person, String attribute, LocalDate day) {
    ProfileSnapshot best = null;
    String value = null;
    for (ProfileSnapshot s : profiles.getOrDefault(person, List.of())) {
      Optional<String> v =
          switch (attribute) {
            case "financial_resource" -> s.financialResource();
            case "housing" -> s.housing();
            case "employment" -> s.employment();
            case "health_coverage" -> s.healthCoverage();
            default -> s.setting();
          };
      if (v.isPresent()
          && !s.date().isAfter(day)
          && (best == null || !s.date().isBefore(best.date()))) {
        best = s;
        value = v.get();
      }
    }
    return Optional.ofNullable(value);
  }

  private String newContact(String person, Period period) {
    Optional<LocalDate> fc = persons.get(person).firstContact();
    if (fc.isPresent() && !fc.get().isAfter(period.to())) {
      return fc.get().isBefore(period.from()) ? "NO" : "YES";
    }
    LocalDate e = earliest.get(person);
    return e != null && period.contains(e) ? "YES" : "NO";
  }
}
