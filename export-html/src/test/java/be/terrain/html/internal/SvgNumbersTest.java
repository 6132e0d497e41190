package be.terrain.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.integers;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link SvgNumbers} gives the text of VectorGraphics2D's formatter (a {@code DecimalFormat} of
 * pattern {@code 0}, 15 or 6 decimals, or {@code Double.toString}) cut to two decimals as the
 * document's clean-up cut it: for any double, the coordinates of charts (floats widened, sums of
 * them), and the edges (roundings that carry, exponents, zeros, NaN, infinities).
 */
class SvgNumbersTest {
  private static String reference(double v, int decimals) {
    DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    f.setMaximumFractionDigits(decimals);
    return cut(f.format(v));
  }

  /** The clean-up's rule: a dot followed by three digits or more keeps its first two. */
  private static String cut(String s) {
    return s.replaceAll("(\\.\\d\\d)\\d+", "$1");
  }

  private static String ours(double v) {
    StringBuilder b = new StringBuilder();
    new SvgNumbers().appendDouble(b, v);
    return b.toString();
  }

  @Test
  void anyDoubleAsTheFormatter() {
    qt().withExamples(20_000)
        .forAll(doubles().any())
        .checkAssert(v -> assertThat(ours(v)).as("%s", v).isEqualTo(reference(v, 15)));
  }

  @Test
  void chartCoordinatesAsTheFormatter() {
    qt().withExamples(20_000)
        .forAll(floats().between(-2000f, 2000f), integers().between(0, 3))
        .checkAssert(
            (f, k) -> {
              double v = k == 0 ? f : k == 1 ? f / 3.0 : k == 2 ? f + 0.1 : (double) f * 1e-3;
              assertThat(ours(v)).as("%s", v).isEqualTo(reference(v, 15));
            });
  }

  @Test
  void floatsAndPlainNumbersAsBefore() {
    qt().withExamples(5_000)
        .forAll(floats().any())
        .checkAssert(
            f -> {
              StringBuilder b = new StringBuilder();
              SvgNumbers n = new SvgNumbers();
              n.appendFloat(b, f);
              b.append(' ');
              n.appendPlain(b, f);
              assertThat(b.toString()).isEqualTo(reference(f, 6) + " " + cut(Double.toString(f)));
            });
  }

  @Test
  void edges() {
    double[] edges = {
      0.0,
      -0.0,
      1.0,
      -1.0,
      150.0,
      0.28999999999999998,
      0.2899999999999999,
      0.995,
      0.9999999999999999,
      -0.9999999999999999,
      9.999999999999999,
      99.99999999999999,
      0.0050000000000000001,
      0.5000000000000001,
      1.0000000000000002,
      -1e-20,
      1e-20,
      1e-3,
      9.99e-4,
      123.00000000000001,
      1.23456789e7,
      1e15,
      1e300,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      21.190000534057617,
      -71.66000366210938
    };
    for (double v : edges) {
      assertThat(ours(v)).as("%s", v).isEqualTo(reference(v, 15));
    }
  }
}
