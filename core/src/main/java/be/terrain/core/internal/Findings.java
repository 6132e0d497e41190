package be.terrain.core.internal;

import be.terrain.core.ProblemCode;
import be.terrain.core.RecordKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dataset rules' findings of one check, of which only the first {@code keep} (by kind, row and
 * field; ties in the order found) can be reported: the others are counted and dropped as they come,
 * so that memory stays bounded however many rows break a rule.
 */
final class Findings {
  /** A problem found by a dataset rule, to be located once every check has run. */
  record Finding(
      RecordKind kind, int row, int field, ProblemCode code, String value, Object[] args) {}

  private static final Comparator<Finding> ORDER =
      Comparator.comparingInt((Finding f) -> f.kind().ordinal())
          .thenComparingInt(Finding::row)
          .thenComparingInt(Finding::field);

  private final int keep;
  private final List<Finding> list = new ArrayList<>();
  private long dropped;

  Findings(int keep) {
    this.keep = keep;
  }

  void add(Finding f) {
    list.add(f);
    if (list.size() > 2L * keep + 4096) {
      trim();
    }
  }

  /** Takes another check's findings after these (their order kept for ties). */
  void addAll(Findings other) {
    dropped += other.dropped;
    for (Finding f : other.list) {
      add(f);
    }
  }

  /** Sorts (stable) and keeps the first {@code keep}; returns them. */
  List<Finding> first() {
    trim();
    return list;
  }

  /** How many findings were dropped past the first {@code keep}. */
  long dropped() {
    return dropped;
  }

  private void trim() {
    list.sort(ORDER);
    if (list.size() > keep) {
      List<Finding> past = list.subList(keep, list.size());
      dropped += past.size();
      past.clear();
    }
  }
}
