package be.terrain.testkit;

import static be.terrain.testkit.ValidDatasets.FIRST_ACTIVITY;

import be.terrain.core.Accompaniment;
import be.terrain.core.Antenna;
import be.terrain.core.Code;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Contact;
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
import java.util.Set;

/**
 * Builds a valid dataset from drawn specs: references are indexes taken modulo what exists, so that
 * every draw (and every shrunk one) gives a dataset whose references resolve.
 */
final class DatasetAssembler {
  private final CodeRegistry codes;

  DatasetAssembler(CodeRegistry codes) {
    this.codes = codes;
  }

  /** What every activity draws: its id, day, antenna and person (indexes into what exists). */
  record Head(String id, int day, int antenna, Optional<Integer> person) {}

  record ProfileSpec(
      int person,
      int day,
      Optional<String> financial,
      Optional<String> housing,
      Optional<String> employment,
      Optional<String> coverage,
      Optional<String> setting) {}

  record ContactSpec(Head head, String channel, int count) {}

  record AccompanimentSpec(Head head, String domain, Optional<String> mode) {}

  record HealthSpec(
      Head head,
      int kind,
      String act,
      long pathogens,
      String target,
      Optional<String> coverage,
      Optional<String> reason) {}

  record DistributionSpec(Head head, List<DistributionItem> items) {}

  /** The organisation, antennas, persons and profiles drawn for a dataset. */
  record Base(
      Organisation org, List<Antenna> antennas, List<Person> persons, List<ProfileSpec> profiles) {}

  /** The activities drawn for a dataset. */
  record Activities(
      List<ContactSpec> contacts,
      List<AccompanimentSpec> accompaniments,
      List<HealthSpec> health,
      List<DistributionSpec> distributions) {}

  /** The dataset of a draw, built with the registry. */
  Dataset build(Base base, Activities activities) {
    return build(
        base.org(),
        base.antennas(),
        base.persons(),
        base.profiles(),
        activities.contacts(),
        activities.accompaniments(),
        activities.health(),
        activities.distributions());
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
                    h.act().equals(NursingCare.RAPID_TEST) ? pathogens(h.pathogens()) : List.of()));
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
