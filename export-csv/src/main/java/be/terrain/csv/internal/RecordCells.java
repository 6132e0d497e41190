package be.terrain.csv.internal;

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
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A dataset's records as cells in the canonical field order of their kind ({@link
 * RecordKind#fields()}), null for unknown: what a writer writes. One array is reused from row to
 * row.
 */
public final class RecordCells {
  private RecordCells() {}

  /** Whether a field holds an integer (written as is, never with the formula prefix). */
  public static boolean isNumeric(String field) {
    return field.equals("birth_year")
        || field.equals("count")
        || field.equals("quantity")
        || field.equals("unit_value_cents");
  }

  /**
   * Hands each record of a kind to the action as cells, in dataset order (the array is reused).
   *
   * @throws IllegalStateException when a record cannot be made (the dataset has problems)
   */
  public static void forEach(Dataset d, RecordKind kind, Consumer<String[]> action) {
    String[] c = new String[kind.fields().size()];
    switch (kind) {
      case ORGANISATION -> {
        if (d.size(RecordKind.ORGANISATION) > 0) {
          Organisation o = d.organisation();
          c[0] = o.id();
          c[1] = o.name();
          action.accept(c);
        }
      }
      case ANTENNA -> {
        for (Antenna a : d.antennas()) {
          c[0] = a.id();
          c[1] = a.name();
          c[2] = a.province();
          c[3] = a.kind();
          action.accept(c);
        }
      }
      case PERSON -> {
        for (Person p : d.persons()) {
          c[0] = p.id();
          c[1] = p.role();
          c[2] = p.sex().orElse(null);
          c[3] = text(p.birthYear());
          c[4] = p.nationality().orElse(null);
          c[5] = date(p.firstContact());
          action.accept(c);
        }
      }
      case PROFILE -> {
        for (ProfileSnapshot p : d.profiles()) {
          c[0] = p.personId();
          c[1] = p.date().toString();
          c[2] = p.financialResource().orElse(null);
          c[3] = p.housing().orElse(null);
          c[4] = p.employment().orElse(null);
          c[5] = p.healthCoverage().orElse(null);
          c[6] = p.setting().orElse(null);
          action.accept(c);
        }
      }
      case CONTACT -> {
        for (Contact x : d.contacts()) {
          c[0] = x.id();
          c[1] = x.date().toString();
          c[2] = x.antennaId();
          c[3] = x.channel();
          c[4] = x.personId().orElse(null);
          c[5] = Integer.toString(x.count());
          action.accept(c);
        }
      }
      case ACCOMPANIMENT -> {
        for (Accompaniment a : d.accompaniments()) {
          c[0] = a.id();
          c[1] = a.date().toString();
          c[2] = a.antennaId();
          c[3] = a.personId();
          c[4] = a.domain();
          c[5] = a.mode().orElse(null);
          action.accept(c);
        }
      }
      case HEALTH -> {
        for (HealthIntervention h : d.health()) {
          Arrays.fill(c, null);
          c[0] = h.id();
          c[1] = h.date().toString();
          c[2] = h.antennaId();
          c[3] = h.personId().orElse(null);
          c[4] = h.kind();
          if (h instanceof NursingCare n) {
            c[5] = n.act();
            c[6] = n.pathogens().isEmpty() ? null : String.join("|", n.pathogens());
          } else if (h instanceof ParamedicalAccompaniment p) {
            c[7] = p.target();
          } else if (h instanceof MedicalConsultation m) {
            c[8] = m.coverage().orElse(null);
            c[9] = m.reason().orElse(null);
          }
          action.accept(c);
        }
      }
      case DISTRIBUTION -> {
        for (DistributionTable.Row r : d.distributions()) {
          c[0] = r.actId();
          c[1] = r.date().toString();
          c[2] = r.antennaId();
          c[3] = r.personId().orElse(null);
          c[4] = r.item().item();
          c[5] = Integer.toString(r.item().quantity());
          c[6] = text(r.item().unitValueCents());
          action.accept(c);
        }
      }
    }
  }

  private static String text(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : null;
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}
