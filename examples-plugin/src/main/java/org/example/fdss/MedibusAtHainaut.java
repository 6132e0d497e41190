package org.example.fdss;

import be.terrain.core.Antenna;
import be.terrain.core.ContactTable;
import be.terrain.core.Dataset;
import be.terrain.core.ProblemCode;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.ProblemSink;
import java.time.LocalDate;
import java.util.List;

/**
 * The federation's rule: the Médibus (a mobile medical bus) runs in Hainaut only, so a contact
 * whose channel is {@code MEDIBUS} must be at an antenna of Hainaut ({@code BE-WHT}). Reported on
 * the contact's {@code antenna_id}, located where the reader read it.
 */
public final class MedibusAtHainaut implements DatasetRule {
  /** A Médibus contact at an antenna outside Hainaut. Arguments: the antenna's province. */
  public static final ProblemCode NOT_IN_HAINAUT =
      new ProblemCode(
          "FDSS-0001",
          "a Médibus contact must be at an antenna of Hainaut (BE-WHT), not of %s",
          "un contact Médibus doit avoir lieu dans une antenne du Hainaut (BE-WHT), pas de %s");

  private static final String HAINAUT = "BE-WHT";

  @Override
  public String id() {
    return "fdss.medibus-at-hainaut";
  }

  @Override
  public List<ProblemCode> problemCodes() {
    return List.of(NOT_IN_HAINAUT);
  }

  @Override
  public void check(Dataset dataset, LocalDate today, ProblemSink problems) {
    int medibus = dataset.codes().list("contact_channel").indexOf("MEDIBUS");
    if (medibus < 0) {
      return;
    }
    List<Antenna> antennas = dataset.antennas();
    ContactTable contacts = dataset.contacts();
    for (int r = 0; r < contacts.size(); r++) {
      int a = contacts.antenna(r);
      if (contacts.channel(r) != medibus || a < 0 || a >= antennas.size()) {
        continue; // another channel, or an antenna that did not resolve (Terrain reports that)
      }
      Antenna antenna = antennas.get(a);
      if (!antenna.province().equals(HAINAUT)) {
        problems.report(
            contacts
                .problem(NOT_IN_HAINAUT, r, "antenna_id")
                .value(antenna.id())
                .args(antenna.province())
                .build());
      }
    }
  }
}
