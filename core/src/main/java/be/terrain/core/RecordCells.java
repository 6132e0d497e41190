package be.terrain.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Records as the cells of the exchange format, in the canonical field order of their kind ({@link
 * RecordKind#fields()}): null for an unknown value, dates in ISO form, integers in decimal,
 * pathogens joined with {@code |}. It is what format writers write and what {@link
 * DatasetBuilder#addRow} reads back, so a record survives any format unchanged.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordCells {
  private RecordCells() {}

  /**
   * {@return the cells of an organisation}
   *
   * @param o the organisation
   */
  public static String[] of(Organisation o) {
    return new String[] {o.id(), o.name()};
  }

  /**
   * {@return the cells of an antenna}
   *
   * @param a the antenna
   */
  public static String[] of(Antenna a) {
    return new String[] {a.id(), a.name(), a.province(), a.kind()};
  }

  /**
   * {@return the cells of a person}
   *
   * @param p the person
   */
  public static String[] of(Person p) {
    return new String[] {
      p.id(),
      p.role(),
      p.sex().orElse(null),
      integer(p.birthYear()),
      p.nationality().orElse(null),
      date(p.firstContact()),
      p.linkageCode().orElse(null)
    };
  }

  /**
   * {@return the cells of a profile assessment}
   *
   * @param p the assessment
   */
  public static String[] of(ProfileSnapshot p) {
    return new String[] {
      p.personId(), p.date().toString(), p.financialResource().orElse(null),
      p.housing().orElse(null), p.employment().orElse(null), p.healthCoverage().orElse(null),
      p.setting().orElse(null)
    };
  }

  /**
   * {@return the cells of a contact ({@code count} always written)}
   *
   * @param c the contact
   */
  public static String[] of(Contact c) {
    return new String[] {
      c.id(),
      c.date().toString(),
      c.antennaId(),
      c.channel(),
      c.personId().orElse(null),
      Integer.toString(c.count())
    };
  }

  /**
   * {@return the cells of an accompaniment}
   *
   * @param a the accompaniment
   */
  public static String[] of(Accompaniment a) {
    return new String[] {
      a.id(), a.date().toString(), a.antennaId(), a.personId(), a.domain(), a.mode().orElse(null)
    };
  }

  /**
   * {@return the cells of a health intervention; the columns of other kinds are null}
   *
   * @param h the intervention
   */
  public static String[] of(HealthIntervention h) {
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

  /**
   * {@return the cells of one distribution row: an item of an act}
   *
   * @param actId the act's id
   * @param date the act's date
   * @param antennaId the antenna that handed the item out
   * @param personId the person who received it; empty when anonymous
   * @param item the item, its quantity and its unit value if any
   */
  public static String[] of(
      String actId,
      LocalDate date,
      String antennaId,
      Optional<String> personId,
      DistributionItem item) {
    return new String[] {
      actId,
      date.toString(),
      antennaId,
      personId.orElse(null),
      item.item(),
      Integer.toString(item.quantity()),
      integer(item.unitValueCents())
    };
  }

  /**
   * The one row of a distribution act without items, so that nothing is dropped and its other
   * fields and references are checked too: the missing items are reported once, on item (its
   * quantity cell is marked as already reported).
   */
  static String[] ofActWithoutItems(DistributionAct d) {
    return new String[] {
      d.id(),
      d.date().toString(),
      d.antennaId(),
      d.personId().orElse(null),
      null,
      DatasetBuilder.UNREADABLE_CELL,
      null
    };
  }

  /**
   * {@return the cells of a dataset's record}
   *
   * @param row the record's row in its table (0 for the organisation)
   * @param d the dataset
   * @param kind the kind of the record
   * @throws IllegalStateException when a required value of the record could not be read (the
   *     dataset has problems)
   */
  public static String[] of(Dataset d, RecordKind kind, int row) {
    return switch (kind) {
      case ORGANISATION -> of(d.organisation());
      case ANTENNA -> of(d.antennas().get(row));
      case PERSON -> of(d.persons().get(row));
      case PROFILE -> of(d.profiles().get(row));
      case CONTACT -> of(d.contacts().get(row));
      case ACCOMPANIMENT -> of(d.accompaniments().get(row));
      case HEALTH -> of(d.health().get(row));
      case DISTRIBUTION -> {
        DistributionTable.Row r = d.distributions().get(row);
        yield of(r.actId(), r.date(), r.antennaId(), r.personId(), r.item());
      }
    };
  }

  /**
   * {@return whether a field holds an integer (written as is; never given a spreadsheet prefix)}
   *
   * @param field a field name, e.g. {@code birth_year}
   */
  public static boolean isNumeric(String field) {
    return field.equals("birth_year")
        || field.equals("count")
        || field.equals("quantity")
        || field.equals("unit_value_cents");
  }

  private static String integer(OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : null;
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}
