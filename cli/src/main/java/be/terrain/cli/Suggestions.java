package be.terrain.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The valid words nearest a mistyped one (an option, a table or scope id), by edit distance with
 * transpositions ({@code --yaer} is one edit from {@code --year}), for "did you mean" hints.
 */
final class Suggestions {
  private Suggestions() {}

  /**
   * The valid words close enough to be what was meant (one edit for a word of up to four letters,
   * two beyond), nearest first, at most {@code limit}.
   */
  static List<String> close(String typed, Collection<String> valid, int limit) {
    int allowed = typed.length() <= 4 ? 1 : 2;
    return nearest(typed, valid, valid.size()).stream()
        .filter(v -> distance(typed, v) <= allowed)
        .limit(limit)
        .toList();
  }

  /** The valid words nearest the typed one, nearest first (then in their order), at most limit. */
  static List<String> nearest(String typed, Collection<String> valid, int limit) {
    return valid.stream()
        .distinct()
        .sorted(Comparator.comparingInt((String v) -> distance(typed, v)))
        .limit(limit)
        .toList();
  }

  /**
   * The optimal string alignment distance, ignoring case: insertions, deletions, substitutions and
   * transpositions of two neighbours.
   */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[x.length() + 1][y.length() + 1];
    for (int i = 0; i <= x.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= y.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && x.charAt(i - 1) == y.charAt(j - 2)
            && x.charAt(i - 2) == y.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[x.length()][y.length()];
  }
}
