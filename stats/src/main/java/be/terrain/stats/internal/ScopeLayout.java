package be.terrain.stats.internal;

import be.terrain.core.Antenna;
import be.terrain.core.Dataset;
import be.terrain.stats.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The scopes of a report and the antennas each is folded from: the organisation (every antenna),
 * then each province (its antennas) and each antenna (itself), both in code point order of their
 * ids.
 */
final class ScopeLayout {
  private final Scope[] scopes;
  private final int[][] antennas;

  ScopeLayout(Dataset dataset) {
    int count = dataset.antennas().size();
    List<Scope> scopeList = new ArrayList<>();
    List<int[]> antennaLists = new ArrayList<>();
    scopeList.add(Scope.organisation(dataset.organisation().id()));
    antennaLists.add(IntStream.range(0, count).toArray());
    List<String> provinces = new ArrayList<>(dataset.provinces());
    provinces.sort(Scope.CODE_POINT_ORDER);
    for (String province : provinces) {
      scopeList.add(Scope.province(province));
      antennaLists.add(
          IntStream.range(0, count)
              .filter(a -> dataset.antennas().get(a).province().equals(province))
              .toArray());
    }
    Integer[] order = new Integer[count];
    for (int a = 0; a < count; a++) {
      order[a] = a;
    }
    List<Antenna> as = dataset.antennas();
    Arrays.sort(order, Comparator.comparing((Integer a) -> as.get(a).id(), Scope.CODE_POINT_ORDER));
    for (int a : order) {
      scopeList.add(Scope.antenna(as.get(a).id()));
      antennaLists.add(new int[] {a});
    }
    this.scopes = scopeList.toArray(new Scope[0]);
    this.antennas = antennaLists.toArray(new int[0][]);
    int expected = 1 + dataset.provinces().size() + count;
    if (scopes.length != expected) {
      throw new IllegalStateException("scopes miscounted: " + scopes.length + " != " + expected);
    }
  }

  /** The number of scopes. */
  int count() {
    return scopes.length;
  }

  /** The s-th scope. */
  Scope scope(int s) {
    return scopes[s];
  }

  /** The antennas the s-th scope is folded from. */
  int[] antennas(int s) {
    return antennas[s];
  }
}
