package be.terrain.cli.sample;

import be.terrain.core.RecordKind;
import java.util.List;

/**
 * The demo's fixed choices: the organisation "Terrain Demo asbl" and its five antennas in two
 * provinces (three in Hainaut, two in Walloon Brabant), how much of the activity each one has, and
 * the three that hand out Tickets S. The same for every scale and seed.
 */
final class DemoOrganisation {
  /** The organisation's id. */
  static final String ID = "terrain-demo";

  /** The organisation's (invented) name. */
  static final String NAME = "Terrain Demo asbl";

  /** The antennas' ids, in file order. */
  static final List<String> ANTENNA_IDS =
      List.of("centre", "est", "ouest", "brabant", "brabant-sud");

  /** The antenna (index into {@link #ANTENNA_IDS}) of an activity or a person's home. */
  static final Choice ANTENNA = Choice.ofWeights(35, 15, 15, 25, 10);

  private static final String[] ANTENNA_NAMES = {
    "Service Centre", "Antenne Est", "Antenne Ouest", "Service Brabant", "Antenne Brabant Sud"
  };
  private static final String[] ANTENNA_PROVINCES = {
    "BE-WHT", "BE-WHT", "BE-WHT", "BE-WBR", "BE-WBR"
  };
  private static final String[] ANTENNA_KINDS = {
    "SERVICE", "ANTENNA", "ANTENNA", "SERVICE", "ANTENNA"
  };

  /** The antennas that hand out Tickets S (indexes into {@link #ANTENNA_IDS}). */
  private static final int[] TICKET_ANTENNAS = {0, 1, 3};

  private DemoOrganisation() {}

  /** The id of the antenna of an index. */
  static String antennaId(int antenna) {
    return ANTENNA_IDS.get(antenna);
  }

  /** The number of antennas that hand out Tickets S. */
  static int ticketAntennaCount() {
    return TICKET_ANTENNAS.length;
  }

  /** The i-th antenna that hands out Tickets S, as an index into {@link #ANTENNA_IDS}. */
  static int ticketAntenna(int i) {
    return TICKET_ANTENNAS[i];
  }

  /** The ids of the antennas that hand out Tickets S. */
  static List<String> ticketAntennaIds() {
    return List.of(
        antennaId(TICKET_ANTENNAS[0]),
        antennaId(TICKET_ANTENNAS[1]),
        antennaId(TICKET_ANTENNAS[2]));
  }

  /** Whether the antenna of an index hands out Tickets S. */
  static boolean isTicketAntenna(int antenna) {
    for (int t : TICKET_ANTENNAS) {
      if (t == antenna) {
        return true;
      }
    }
    return false;
  }

  /** Emits the organisation's row and its antennas' rows. */
  static void emit(RowSink sink) {
    sink.row(RecordKind.ORGANISATION, new String[] {ID, NAME});
    for (int a = 0; a < ANTENNA_IDS.size(); a++) {
      sink.row(
          RecordKind.ANTENNA,
          new String[] {
            ANTENNA_IDS.get(a), ANTENNA_NAMES[a], ANTENNA_PROVINCES[a], ANTENNA_KINDS[a]
          });
    }
  }
}
