package be.terrain.json.internal;

import be.terrain.core.Accompaniment;
import be.terrain.core.Antenna;
import be.terrain.core.Contact;
import be.terrain.core.Dataset;
import be.terrain.core.DistributionTable;
import be.terrain.core.HealthIntervention;
import be.terrain.core.MedicalConsultation;
import be.terrain.core.NursingCare;
import be.terrain.core.Organisation;
import be.terrain.core.ParamedicalAccompaniment;
import be.terrain.core.Person;
import be.terrain.core.ProfileSnapshot;
import be.terrain.core.RecordKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A dataset's records as cells in {@link RecordKind#fields()} order, the way readers add them:
 * null for an unknown value, integers in decimal, pathogens joined with {@code |}.
 */
public final class RecordCells {
  private RecordCells() {}

  /** The number of records of a kind (distribution rows, not acts). */
  public static int size(Dataset d, RecordKind kind) {
    return d.size(kind);
  }

  /**
   * The cells of a record.
   *
   * @throws IllegalStateException when a required value of the record could not be read (the
   *     dataset has problems)
   */
  public static String[] cells(Dataset d, RecordKind kind, int row) {
    return switch (kind) {
      case ORGANISATION -> organisation(d.organisation());
      case ANTENNA -> antenna(d.antennas().get(row));
      case PERSON -> person(d.persons().get(row));
      case PROFILE -> profile(d.profiles().get(row));
      case CONTACT -> contact(d.contacts().get(row));
      case ACCOMPANIMENT -> accompaniment(d.accompaniments().get(row));
      case HEALTH -> health(d.health().get(row));
      case DISTRIBUTION -> distribution(d.distributions().get(row));
    };
  }

  private static String[] organisation(Organisation o) {
    return new String[] {o.id(), o.name()};
  }

  private static String[] antenna(Antenna a) {
    return new String[] {a.id(), a.name(), a.province(), a.kind()};
  }

  private static String[] person(Person p) {
    return new String[] {
      p.id(), p.role(), p.sex().orElse(null), integer(p.birthYear()), p.nationality().orElse(null),
      date(p.firstContact())
    };
  }

  private static String[] profile(ProfileSnapshot p) {
    return new String[] {
      p.personId(), p.date().toString(), p.financialResource().orElse(null), p.housing().orElse(null),
      p.employment().orElse(null), p.healthCoverage().orElse(null), p.setting().orElse(null)
    };
  }

  private static String[] contact(Contact c) {
    return new String[] {
      c.id(), c.date().toString(), c.antennaId(), c.channel(), c.personId().orElse(null),
      Integer.toString(c.count())
    };
  }

  private static String[] accompaniment(Accompaniment a) {
    return new String[] {
      a.id(), a.date().toString(), a.antennaId(), a.personId(), a.domain(), a.mode().orElse(null)
    };
  }

  private static String[] health(HealthIntervention h) {
    String[] cells = new String[RecordKind.HEALTH.fields().size()];
    cells[0] = h.id();
    cells[1] = h.date().toString();
    cells[2] = h.antennaId();
    cells[3] = h.personId().orElse(null);
    cells[4] = h.kind();
    if (h instanceof NursingCare n) {
      cells[5] = n.act();
      cells[6] = n.pathogens().isEmpty() ? null : String.join("|", n.pathogens());
    } else if (h instanceof ParamedicalAccompaniment p) {
      cells[7] = p.target();
    } else if (h instanceof MedicalConsultation m) {
      cells[8] = m.coverage().orElse(null);
      cells[9] = m.reason().orElse(null);
    }
    return cells;
  }

  private static String[] distribution(DistributionTable.Row r) {
    return new String[] {
      r.actId(), r.date().toString(), r.antennaId(), r.personId().orElse(null), r.item().item(),
      Integer.toString(r.item().quantity()), integer(r.item().unitValueCents())
    };
  }

  private static String integer(OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : null;
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}
