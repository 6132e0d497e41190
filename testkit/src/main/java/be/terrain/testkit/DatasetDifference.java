package be.terrain.testkit;

import be.terrain.core.Dataset;
import java.util.ArrayList;
import java.util.List;

/** Which tables of two datasets differ, for a round trip's failure message. */
final class DatasetDifference {
  private DatasetDifference() {}

  static String describe(Dataset wrote, Dataset read) {
    List<String> out = new ArrayList<>();
    if (!wrote.antennas().equals(read.antennas())) {
      out.add("antennas differ");
    }
    if (!wrote.persons().equals(read.persons())) {
      out.add("persons differ");
    }
    if (!wrote.profiles().equals(read.profiles())) {
      out.add("profiles differ");
    }
    if (!wrote.contacts().equals(read.contacts())) {
      out.add("contacts differ");
    }
    if (!wrote.accompaniments().equals(read.accompaniments())) {
      out.add("accompaniments differ");
    }
    if (!wrote.health().equals(read.health())) {
      out.add("health differs");
    }
    if (!wrote.distributions().equals(read.distributions())) {
      out.add("distributions differ");
    }
    return out.isEmpty() ? " (the organisation differs)" : " (" + String.join(", ", out) + ")";
  }
}
