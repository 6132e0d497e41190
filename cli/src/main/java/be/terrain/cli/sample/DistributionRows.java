package be.terrain.cli.sample;

import static be.terrain.cli.sample.SampleCalendar.D0;
import static be.terrain.cli.sample.SampleCalendar.NDAYS;

import be.terrain.core.RecordKind;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The distribution rows of a sample: each day's Tickets S acts first (one voucher row each), then
 * acts of one to four distinct other items, one row per item, COVID-19 items from mid-March 2020.
 */
final class DistributionRows {
  private static final int COVID_ITEMS_FROM = (int) LocalDate.of(2020, 3, 16).toEpochDay();

  // Items other than Tickets S, in code-list order, with weights before and after COVID-19 items.
  private static final String[] ITEMS = {
    "CONDOM",
    "LUBRICANT",
    "SPONGE",
    "SURGICAL_MASK",
    "HAND_SANITIZER",
    "CONSUMPTION_KIT",
    "HYGIENE_PRODUCTS",
    "CLOTHING",
    "PREVENTION_KIT",
    "EMERGENCY_CONTRACEPTION"
  };
  private static final int[] ITEM_MAX_QUANTITY = {60, 20, 10, 10, 2, 3, 3, 2, 1, 1};
  private static final Choice ITEM_BEFORE_COVID = Choice.ofWeights(30, 15, 4, 0, 0, 5, 10, 4, 8, 2);
  private static final Choice ITEM_DURING_COVID =
      Choice.ofWeights(30, 15, 4, 12, 7, 5, 10, 4, 8, 2);
  private static final Choice ITEMS_PER_ACT = Choice.ofWeights(0, 40, 33, 18, 9);
  private static final String TICKET_VALUE = Integer.toString(TicketsPlan.UNIT_VALUE_CENTS);

  private final Actors actors;
  private final TicketsPlan tickets;

  /** Rows of distributions to the actors, the Tickets S acts among them. */
  DistributionRows(Actors actors, TicketsPlan tickets) {
    this.actors = actors;
    this.tickets = tickets;
  }

  /** Emits {@code total} rows, Tickets S rows included, ids numbered from 1 in date order. */
  void emit(RowSink sink, int total, SplittableRandom r) {
    String[] cells = new String[RecordKind.DISTRIBUTION.fields().size()];
    IdFormat ids = new IdFormat("d-", total);
    int[] perDay = SampleCalendar.perDay(total - tickets.size());
    int seq = 0;
    int t = 0;
    for (int d = 0; d < NDAYS; d++) {
      int day = D0 + d;
      String date = CellTexts.date(day);
      // The day's Tickets S acts come first, one voucher row each.
      for (; t < tickets.size() && tickets.day(t) == day; t++) {
        cells[0] = ids.format(++seq);
        cells[1] = date;
        cells[2] = DemoOrganisation.antennaId(tickets.antenna(t));
        cells[3] = actors.personId(tickets.person(t));
        cells[4] = TicketsPlan.ITEM;
        cells[5] = CellTexts.integer(tickets.quantity(t));
        cells[6] = TICKET_VALUE;
        sink.row(RecordKind.DISTRIBUTION, cells);
      }
      Choice items = day >= COVID_ITEMS_FROM ? ITEM_DURING_COVID : ITEM_BEFORE_COVID;
      int left = perDay[d];
      while (left > 0) {
        cells[0] = ids.format(++seq);
        cells[1] = date;
        actors.maybeIdentified(cells, 3, r, d, 75, 90);
        int count = Math.min(left, ITEMS_PER_ACT.pick(r));
        emitAct(sink, cells, items, count, r);
        left -= count;
      }
    }
    if (t != tickets.size()) {
      throw new IllegalStateException("Tickets S acts left over: " + (tickets.size() - t));
    }
  }

  /** The rows of one act of {@code count} distinct items, each with a quantity. */
  private static void emitAct(
      RowSink sink, String[] cells, Choice items, int count, SplittableRandom r) {
    int taken = 0;
    for (int k = 0; k < count; k++) {
      int item;
      do {
        item = items.pick(r);
      } while ((taken & (1 << item)) != 0);
      taken |= 1 << item;
      cells[4] = ITEMS[item];
      cells[5] = CellTexts.integer(1 + r.nextInt(ITEM_MAX_QUANTITY[item]));
      cells[6] = unitValue(r, item);
      sink.row(RecordKind.DISTRIBUTION, cells);
    }
  }

  private static String unitValue(SplittableRandom r, int item) {
    return switch (ITEMS[item]) {
      case "HYGIENE_PRODUCTS" -> r.nextBoolean() ? CellTexts.integer(350) : null;
      case "PREVENTION_KIT" -> r.nextBoolean() ? CellTexts.integer(500) : null;
      default -> null;
    };
  }
}
