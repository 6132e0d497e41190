package be.terrain.stats.internal;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import java.util.Arrays;

/**
 * Ages to bands, read from the codes of an age band list: {@code <18} (0 to 17), {@code 18-24}
 * (both ends included), {@code 65+} (65 and over) and {@code UNKNOWN}. Any list written that way
 * works (a federation's ten-year bands).
 */
final class AgeBands {
  private final byte[] bandOfAge;
  private final int openFrom;
  private final int openBand;
  private final int unknown;

  private AgeBands(byte[] bandOfAge, int openFrom, int openBand, int unknown) {
    this.bandOfAge = bandOfAge;
    this.openFrom = openFrom;
    this.openBand = openBand;
    this.unknown = unknown;
  }

  /**
   * Reads the bands of a list.
   *
   * @throws IllegalArgumentException when a code is not a band or two bands overlap
   */
  static AgeBands of(CodeList list) {
    int max = 0;
    int[][] ranges = new int[list.size()][];
    int openFrom = Integer.MAX_VALUE;
    int openBand = -1;
    for (int i = 0; i < list.size(); i++) {
      String c = list.get(i).code();
      if (c.equals(Code.UNKNOWN)) {
        continue;
      }
      int lo;
      int hi;
      try {
        if (c.startsWith("<")) {
          lo = 0;
          hi = Integer.parseInt(c.substring(1)) - 1;
        } else if (c.endsWith("+")) {
          lo = Integer.parseInt(c.substring(0, c.length() - 1));
          hi = Integer.MAX_VALUE;
          if (openBand >= 0) {
            throw new IllegalArgumentException(
                "age band list "
                    + list.id()
                    + " has two open bands: "
                    + list.get(openBand).code()
                    + " and "
                    + c);
          }
          openFrom = lo;
          openBand = i;
        } else {
          int dash = c.indexOf('-');
          if (dash <= 0) {
            throw new NumberFormatException(c);
          }
          lo = Integer.parseInt(c.substring(0, dash));
          hi = Integer.parseInt(c.substring(dash + 1));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "age band list "
                + list.id()
                + ": code '"
                + c
                + "' is not a band (<N, A-B, N+ or UNKNOWN)",
            e);
      }
      if (lo < 0 || hi < lo) {
        throw new IllegalArgumentException(
            "age band list " + list.id() + ": code '" + c + "' is an empty band");
      }
      ranges[i] = new int[] {lo, hi};
      max = Math.max(max, hi == Integer.MAX_VALUE ? lo : hi + 1);
    }
    byte[] bands = new byte[max];
    int unknown = list.indexOf(Code.UNKNOWN);
    Arrays.fill(bands, (byte) -1);
    for (int i = 0; i < ranges.length; i++) {
      if (ranges[i] == null) {
        continue;
      }
      int hi = Math.min(ranges[i][1], max - 1);
      for (int age = ranges[i][0]; age <= hi; age++) {
        if (bands[age] >= 0) {
          throw new IllegalArgumentException(
              "age band list "
                  + list.id()
                  + ": bands "
                  + list.get(bands[age]).code()
                  + " and "
                  + list.get(i).code()
                  + " overlap at age "
                  + age);
        }
        bands[age] = (byte) i;
      }
    }
    return new AgeBands(bands, openFrom, openBand, unknown);
  }

  /** The band of an age; the {@code UNKNOWN} index (or -1) for a negative age or one in no band. */
  int band(int age) {
    if (age < 0) {
      return unknown;
    }
    if (age >= openFrom) {
      return openBand;
    }
    if (age < bandOfAge.length) {
      int b = bandOfAge[age];
      return b >= 0 ? b : unknown;
    }
    return unknown;
  }
}
