package org.example.fdss;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import java.util.List;

/** The federation's code lists. */
public final class FdssCodes {
  private FdssCodes() {}

  /** The list of ten-year age bands. */
  public static final String AGE_BAND_10_LIST = "age_band_10";

  /**
   * Ten-year age bands, written as {@code Dimensions.ageBand} reads them: {@code <20}, {@code
   * 20-29} ... {@code 50-59}, {@code 60+}, {@code UNKNOWN}.
   */
  public static final CodeList AGE_BAND_10 =
      CodeList.of(
          AGE_BAND_10_LIST,
          List.of(
              code("<20", "Moins de 20 ans", "Jonger dan 20", "Under 20"),
              code("20-29", "20 à 29 ans", "20 tot 29", "20 to 29"),
              code("30-39", "30 à 39 ans", "30 tot 39", "30 to 39"),
              code("40-49", "40 à 49 ans", "40 tot 49", "40 to 49"),
              code("50-59", "50 à 59 ans", "50 tot 59", "50 to 59"),
              code("60+", "60 ans et plus", "60 en ouder", "60 and over"),
              code("UNKNOWN", "Inconnu", "Onbekend", "Unknown")));

  private static Code code(String code, String fr, String nl, String en) {
    return Code.of(AGE_BAND_10_LIST, code, fr, nl, en);
  }
}
