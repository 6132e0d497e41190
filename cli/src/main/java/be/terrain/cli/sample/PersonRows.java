package be.terrain.cli.sample;

import static be.terrain.cli.sample.SampleCalendar.D0;
import static be.terrain.cli.sample.SampleCalendar.DLAST;

import be.terrain.core.Person;
import be.terrain.core.RecordKind;
import java.util.SplittableRandom;

/**
 * The person and profile rows of a sample: one person row each, one profile row per person and a
 * second, later one for every other person, with the profile attributes' weights.
 */
final class PersonRows {
  private static final String[] ROLES = {"SEX_WORKER", "ENTOURAGE"};

  private static final Choice FINANCIAL_RESOURCE =
      Choice.of(
          "NONE",
          20,
          "EARNED_INCOME",
          25,
          "UNEMPLOYMENT_BENEFIT",
          6,
          "SICKNESS_BENEFIT",
          8,
          "RETIREMENT_PENSION",
          2,
          "SOCIAL_INTEGRATION_INCOME",
          20,
          "DISABILITY_ALLOWANCE",
          3,
          "BRIDGING_RIGHT",
          2,
          "OTHER",
          4,
          "UNKNOWN",
          3);
  private static final Choice HOUSING = Choice.of("ADEQUATE", 55, "INADEQUATE", 40, "UNKNOWN", 5);
  private static final Choice EMPLOYMENT =
      Choice.of("JOB_SEEKER", 20, "EMPLOYED", 15, "TRAINING", 5, "INACTIVE", 55, "UNKNOWN", 5);
  private static final Choice PROFILE_COVERAGE =
      Choice.of("MUTUALITY", 60, "URGENT_MEDICAL_AID", 15, "NONE", 20, "UNKNOWN", 5);
  private static final Choice SETTING =
      Choice.of(
          "STREET",
          25,
          "BAR",
          20,
          "PRIVATE",
          20,
          "INTERNET",
          15,
          "MASSAGE_PARLOUR",
          8,
          "PARKING",
          7,
          "OTHER",
          3,
          "UNKNOWN",
          2);

  private static final int LINKAGE_CODE = RecordKind.PERSON.fieldIndex(Person.LINKAGE_CODE);

  private final Persons persons;
  private final IdFormat personIds;
  private final LinkageCodes.Assigner linkage;

  /** Rows of the persons, with their ids and, when an assigner is given, their linkage codes. */
  PersonRows(Persons persons, IdFormat personIds, LinkageCodes.Assigner linkage) {
    this.persons = persons;
    this.personIds = personIds;
    this.linkage = linkage;
  }

  /** Emits one row per person, in person order. */
  void emitPersons(RowSink sink) {
    String[] cells = new String[RecordKind.PERSON.fields().size()];
    for (int p = 0; p < persons.count(); p++) {
      int birthYear = persons.birthYear(p);
      int firstContact = persons.firstContact(p);
      cells[0] = personIds.format(p + 1);
      cells[1] = ROLES[persons.role(p)];
      cells[2] = persons.sex(p);
      cells[3] = birthYear == 0 ? null : CellTexts.integer(birthYear);
      cells[4] = persons.nationality(p);
      cells[5] = firstContact == Persons.NO_FIRST_CONTACT ? null : CellTexts.date(firstContact);
      cells[LINKAGE_CODE] = linkage == null ? null : linkage.code(p);
      sink.row(RecordKind.PERSON, cells);
    }
  }

  /** One profile row per person, a second one for every other person, never disagreeing. */
  void emitProfiles(RowSink sink, SplittableRandom r) {
    String[] cells = new String[RecordKind.PROFILE.fields().size()];
    int legacy = persons.legacy();
    for (int p = 0; p < persons.count(); p++) {
      boolean sexWorker = persons.role(p) == Persons.SEX_WORKER;
      int d1 =
          p < legacy ? D0 + r.nextInt(60) : Math.min(DLAST, persons.firstDay(p) + r.nextInt(15));
      cells[0] = personIds.format(p + 1);
      cells[1] = CellTexts.date(d1);
      fillAttributes(cells, r, 75, 70, 65, 70, sexWorker ? 80 : 10);
      sink.row(RecordKind.PROFILE, cells);
      if (p % 2 == 1) {
        int d2 = Math.min(DLAST, d1 + 30 + r.nextInt(400));
        if (d2 != d1) {
          // A later assessment: some attributes change, the others are left empty.
          cells[1] = CellTexts.date(d2);
          fillAttributes(cells, r, 40, 40, 40, 30, sexWorker ? 40 : 5);
        }
        // Same date: the same values again, which agree.
        sink.row(RecordKind.PROFILE, cells);
      }
    }
  }

  /** Fills the profile's attributes, each known in the given percentage of profiles. */
  private static void fillAttributes(
      String[] cells,
      SplittableRandom r,
      int financialResource,
      int housing,
      int employment,
      int coverage,
      int setting) {
    cells[2] = maybe(r, financialResource, FINANCIAL_RESOURCE);
    cells[3] = maybe(r, housing, HOUSING);
    cells[4] = maybe(r, employment, EMPLOYMENT);
    cells[5] = maybe(r, coverage, PROFILE_COVERAGE);
    cells[6] = maybe(r, setting, SETTING);
  }

  private static String maybe(SplittableRandom r, int percent, Choice choice) {
    return r.nextInt(100) < percent ? choice.pickCode(r) : null;
  }
}
