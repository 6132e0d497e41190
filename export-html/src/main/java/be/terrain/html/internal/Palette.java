package be.terrain.html.internal;

import java.awt.Color;

/**
 * One colour per code, the same in every scope and period: the code's position in its list picks
 * it. The first eight are Okabe and Ito's set, told apart with every common colour-vision
 * deficiency; then Paul Tol's muted set for long lists; UNKNOWN is always grey. The tables beside
 * the charts name every code next to its colour swatch, so colour is never the only cue.
 */
public final class Palette {
  private Palette() {}

  private static final String[] COLOURS = {
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
    "#332288", "#88CCEE", "#117733", "#DDCC77", "#CC6677", "#AA4499", "#44AA99", "#882255"
  };

  /** The grey of UNKNOWN. */
  public static final String UNKNOWN = "#9E9E9E";

  /** The previous period's bars: a lighter grey-blue beside this period's. */
  public static final String PREVIOUS = "#B0BEC5";

  /** The colour of a code by its index in its list ({@code -1}: unknown list, first colour). */
  public static String hex(int codeIndex, boolean unknown) {
    if (unknown) {
      return UNKNOWN;
    }
    return COLOURS[Math.floorMod(Math.max(codeIndex, 0), COLOURS.length)];
  }

  /** The colour as AWT's. */
  public static Color color(String hex) {
    return Color.decode(hex);
  }
}
