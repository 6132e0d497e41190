package be.terrain.cli.sample;

import static be.terrain.cli.sample.SampleCalendar.D0;
import static be.terrain.cli.sample.SampleCalendar.NDAYS;

import be.terrain.core.RecordKind;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The contact, accompaniment and health rows of a sample, spread over the days as the calendar
 * says, with the weights of their codes: contacts about 80 % identified (anonymous rows stand for
 * up to a few hundred contacts), health interventions of three kinds with the columns of their kind
 * (rapid tests for {@code HIV|SYPHILIS} among them).
 */
final class ActivityRows {
  private static final Choice CHANNEL =
      Choice.of(
          "STREET",
          35,
          "DROP_IN",
          25,
          "PHONE",
          15,
          "ONLINE",
          8,
          "HOME_VISIT",
          3,
          "INSTITUTION_VISIT",
          3,
          "BAR_VISIT",
          6,
          "MEDIBUS",
          3,
          "OTHER",
          2);
  private static final Choice ANONYMOUS_CHANNEL =
      Choice.of("STREET", 60, "BAR_VISIT", 25, "MEDIBUS", 10, "OTHER", 5);

  private static final Choice DOMAIN =
      Choice.of(
          "CPAS",
          20,
          "MUNICIPALITY",
          8,
          "UNEMPLOYMENT",
          5,
          "EMPLOYMENT_TRAINING",
          5,
          "HEALTH_INSURANCE",
          10,
          "TAX",
          3,
          "HOUSING",
          12,
          "JUSTICE",
          6,
          "FAMILY",
          5,
          "BANKING",
          3,
          "RESIDENCE",
          8,
          "DEBT",
          5,
          "HEALTH",
          7,
          "OTHER",
          3);
  private static final Choice MODE =
      Choice.of("IN_PERSON", 40, "PHONE", 30, "WRITTEN", 15, "ORIENTATION", 15, "", 18);

  private static final Choice HEALTH_KIND =
      Choice.of("NURSING_CARE", 55, "PARAMEDICAL_ACCOMPANIMENT", 20, "MEDICAL_CONSULTATION", 25);
  private static final Choice NURSING_ACT =
      Choice.of(
          "TREATMENT_FOLLOW_UP",
          28,
          "RAPID_TEST",
          25,
          "PREGNANCY_TEST",
          8,
          "WOUND_CARE",
          20,
          "VACCINATION",
          12,
          "OTHER",
          7);
  private static final Choice PATHOGENS =
      Choice.of("HIV|SYPHILIS", 60, "HIV", 20, "HIV|SYPHILIS|HCV", 10, "SYPHILIS", 5, "HCV", 5);
  private static final Choice TARGET =
      Choice.of(
          "DOCTOR",
          25,
          "PARAMEDICAL",
          10,
          "HOSPITAL",
          20,
          "PHARMACY",
          10,
          "AIDS_REFERENCE_CENTRE",
          12,
          "FAMILY_PLANNING",
          12,
          "HEALTH_INSURANCE",
          6,
          "OTHER",
          5);
  private static final Choice CONSULTATION_COVERAGE =
      Choice.of("MUTUALITY", 36, "URGENT_MEDICAL_AID", 12, "NONE", 12, "", 40);
  private static final Choice REASON =
      Choice.of("GYNAECOLOGICAL", 35, "MUSCULOSKELETAL", 17, "INFECTION", 20, "OTHER", 13, "", 15);

  private final Actors actors;

  /** Rows of activities of the actors. */
  ActivityRows(Actors actors) {
    this.actors = actors;
  }

  /** Fills the cells of one row of a day after its id and date (the first two cells). */
  @FunctionalInterface
  private interface DailyRow {
    void fill(String[] cells, int dayIndex);
  }

  /** Spreads {@code total} rows of a kind over the days, ids numbered from 1 in date order. */
  private static void emitDaily(
      RowSink sink, RecordKind kind, String idPrefix, int total, DailyRow row) {
    String[] cells = new String[kind.fields().size()];
    IdFormat ids = new IdFormat(idPrefix, total);
    int[] perDay = SampleCalendar.perDay(total);
    int seq = 0;
    for (int d = 0; d < NDAYS; d++) {
      String date = CellTexts.date(D0 + d);
      for (int i = 0; i < perDay[d]; i++) {
        cells[0] = ids.format(++seq);
        cells[1] = date;
        row.fill(cells, d);
        sink.row(kind, cells);
      }
    }
  }

  /** Emits the contacts, identified (count 1 or empty) or anonymous (a count of contacts). */
  void emitContacts(RowSink sink, int total, SplittableRandom r) {
    emitDaily(
        sink,
        RecordKind.CONTACT,
        "c-",
        total,
        (cells, d) -> {
          if (actors.maybeIdentified(cells, 4, r, d, 80, 88)) {
            cells[3] = CHANNEL.pickCode(r);
            cells[5] = r.nextInt(10) == 0 ? CellTexts.integer(1) : null;
          } else {
            cells[3] = ANONYMOUS_CHANNEL.pickCode(r);
            int count = 1 + (int) (-Math.log(1 - r.nextDouble()) * 4);
            cells[5] = CellTexts.integer(Math.min(count, 400));
          }
        });
  }

  /** Emits the accompaniments, each of an identified person. */
  void emitAccompaniments(RowSink sink, int total, SplittableRandom r) {
    emitDaily(
        sink,
        RecordKind.ACCOMPANIMENT,
        "a-",
        total,
        (cells, d) -> {
          actors.identified(cells, 3, r, d, 92);
          cells[4] = DOMAIN.pickCode(r);
          cells[5] = CellTexts.emptyAsNull(MODE.pickCode(r));
        });
  }

  /** Emits the health interventions, mostly of identified persons, with their kind's columns. */
  void emitHealth(RowSink sink, int total, SplittableRandom r) {
    emitDaily(
        sink,
        RecordKind.HEALTH,
        "h-",
        total,
        (cells, d) -> {
          Arrays.fill(cells, 2, cells.length, null);
          actors.maybeIdentified(cells, 3, r, d, 88, 90);
          fillHealthKind(cells, r);
        });
  }

  private static void fillHealthKind(String[] cells, SplittableRandom r) {
    String kind = HEALTH_KIND.pickCode(r);
    cells[4] = kind;
    switch (kind) {
      case "NURSING_CARE" -> {
        String act = NURSING_ACT.pickCode(r);
        cells[5] = act;
        if (act.equals("RAPID_TEST")) {
          cells[6] = PATHOGENS.pickCode(r);
        }
      }
      case "PARAMEDICAL_ACCOMPANIMENT" -> cells[7] = TARGET.pickCode(r);
      default -> {
        cells[8] = CellTexts.emptyAsNull(CONSULTATION_COVERAGE.pickCode(r));
        cells[9] = CellTexts.emptyAsNull(REASON.pickCode(r));
      }
    }
  }
}
