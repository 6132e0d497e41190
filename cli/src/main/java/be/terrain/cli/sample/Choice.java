package be.terrain.cli.sample;

import java.util.SplittableRandom;

/** A weighted choice among codes, drawn with one random integer and a short scan. Immutable. */
final class Choice {
  private final String[] codes;
  private final int[] cumulative;
  private final int total;

  private Choice(String[] codes, int[] weights) {
    this.codes = codes;
    this.cumulative = new int[weights.length];
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("negative weight for " + codes[i]);
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("a choice needs a positive total weight");
    }
    this.total = sum;
  }

  /** A choice from alternating code and weight arguments: {@code of("F", 80, "M", 12)}. */
  static Choice of(Object... codeWeightPairs) {
    int n = codeWeightPairs.length / 2;
    String[] codes = new String[n];
    int[] weights = new int[n];
    for (int i = 0; i < n; i++) {
      codes[i] = (String) codeWeightPairs[2 * i];
      weights[i] = (Integer) codeWeightPairs[2 * i + 1];
    }
    return new Choice(codes, weights);
  }

  /** A choice among indexes 0 to {@code weights.length - 1}, codes being the indexes as text. */
  static Choice ofWeights(int... weights) {
    String[] codes = new String[weights.length];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = Integer.toString(i);
    }
    return new Choice(codes, weights.clone());
  }

  /** Draws an index. */
  int pick(SplittableRandom r) {
    int x = r.nextInt(total);
    int i = 0;
    while (cumulative[i] <= x) {
      i++;
    }
    return i;
  }

  /** Draws a code. */
  String pickCode(SplittableRandom r) {
    return codes[pick(r)];
  }

  /** The code at an index. */
  String code(int i) {
    return codes[i];
  }

  /** The number of codes. */
  int size() {
    return codes.length;
  }
}
