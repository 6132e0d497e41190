package be.terrain.html.internal;

import be.terrain.core.Language;
import be.terrain.html.ReportDocument;
import be.terrain.stats.Measure;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.PieSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;

/**
 * The chart of a table, drawn by XChart: a pie for a single-valued persons table, bars for a
 * multi-valued one and for other measures, this period's bars beside the previous period's for a
 * table with history. Suppressed rows are left out of the chart (their count is not known); a table
 * with nothing to draw gets an empty bar chart that says so in its title.
 */
public final class Charts {
  private Charts() {}

  /** The kinds of charts. */
  public enum Kind {
    /** Shares of a whole. */
    PIE,
    /** One bar per code. */
    BARS,
    /** This period beside the previous one, per code. */
    HISTORY
  }

  static final int WIDTH = 420;
  static final int HEIGHT = 300;

  /** The kind of chart a table gets. */
  public static Kind kind(ReportDocument doc, ReportTable t) {
    if (t.history() > 0) {
      return Kind.HISTORY;
    }
    boolean shares = t.measure() == Measure.PERSONS && !doc.rowsMayExceedN(t.id());
    return shares && drawable(t) ? Kind.PIE : Kind.BARS;
  }

  private static boolean drawable(ReportTable t) {
    return t.rows().stream().anyMatch(r -> r.count().orElse(0) > 0);
  }

  /**
   * The table's chart.
   *
   * @param standalone whether the chart names its codes itself (a legend, the axis's labels), as a
   *     chart file must; in the document the table beside it does, with a swatch of each code's
   *     colour (XChart draws text as outlines: fewer labels make a smaller, faster document)
   */
  public static Chart<?, ?> chart(ReportDocument doc, ReportTable t, boolean standalone) {
    return switch (kind(doc, t)) {
      case PIE -> pie(doc, t, standalone);
      case BARS -> bars(doc, t, false, standalone);
      case HISTORY -> bars(doc, t, true, true);
    };
  }

  private static PieChart pie(ReportDocument doc, ReportTable t, boolean standalone) {
    PieChart c = new PieChartBuilder().width(standalone ? WIDTH : HEIGHT).height(HEIGHT).build();
    style(c.getStyler());
    c.getStyler().setLabelType(PieStyler.LabelType.Percentage);
    c.getStyler().setDecimalPattern("#0");
    c.getStyler().setLabelsDistance(0.78);
    c.getStyler().setForceAllLabelsVisible(false);
    c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    c.getStyler().setLegendVisible(standalone);
    c.getStyler().setPlotContentSize(0.92);
    for (ReportRow r : t.rows()) {
      if (r.count().orElse(0) > 0) {
        PieSeries s = c.addSeries(doc.label(t, r), r.count().getAsLong());
        s.setFillColor(colour(doc, t, r));
      }
    }
    return c;
  }

  private static CategoryChart bars(
      ReportDocument doc, ReportTable t, boolean history, boolean labelled) {
    Language l = doc.language();
    CategoryChart c =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT + 10 * Math.max(0, t.rows().size() - 6))
            .build();
    style(c.getStyler());
    c.getStyler().setLegendVisible(history);
    c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    c.getStyler().setXAxisLabelRotation(60);
    c.getStyler().setXAxisTicksVisible(labelled);
    c.getStyler().setYAxisDecimalPattern("#,##0");
    c.getStyler().setYAxisMin(0.0);
    c.getStyler().setOverlapped(!history);
    List<String> labels = new ArrayList<>();
    List<Long> now = new ArrayList<>();
    List<Long> before = new ArrayList<>();
    // XChart draws a bar for a zero but none for a null
    for (ReportRow r : t.rows()) {
      labels.add(doc.label(t, r));
      now.add(r.count().orElse(0));
      before.add(r.history().isEmpty() ? 0 : r.history().get(0).orElse(0));
    }
    if (!drawable(t)) {
      c.setTitle(DocWords.word("nothing", l));
      c.getStyler().setChartTitleVisible(true);
      c.getStyler().setYAxisMax(1.0);
    }
    if (history) {
      CategorySeries prev =
          c.addSeries(Periods.label(doc.report().period().previous(1)), labels, before);
      prev.setFillColor(Palette.color(Palette.PREVIOUS));
      CategorySeries cur = c.addSeries(Periods.label(doc.report().period()), labels, now);
      cur.setFillColor(Palette.color("#0072B2"));
    } else {
      // one series per code, zero elsewhere, so that each bar has its code's colour
      for (int i = 0; i < t.rows().size(); i++) {
        ReportRow r = t.rows().get(i);
        List<Long> one = new ArrayList<>();
        for (int j = 0; j < t.rows().size(); j++) {
          one.add(j == i ? now.get(j) : null);
        }
        CategorySeries s = c.addSeries(r.code(), labels, one);
        s.setFillColor(colour(doc, t, r));
      }
    }
    return c;
  }

  private static void style(Styler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setChartTitleVisible(false);
    s.setToolTipsEnabled(false);
    s.setAntiAlias(true);
    Font f = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    s.setBaseFont(f);
    s.setLegendFont(f);
    s.setLegendBorderColor(Color.WHITE);
    s.setChartFontColor(Color.BLACK);
  }

  private static Color colour(ReportDocument doc, ReportTable t, ReportRow r) {
    return Palette.color(
        Palette.hex(doc.codeIndex(t.id(), r.code()), ReportDocument.isUnknown(r.code())));
  }

  /**
   * The chart's drawing commands, as XChart paints it onto VectorGraphics2D (text as outlines, as
   * XChart draws it).
   */
  public static CommandSequence commands(Chart<?, ?> chart) {
    VectorGraphics2D g = new VectorGraphics2D();
    g.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_DEFAULT);
    g.setRenderingHint(VectorHints.KEY_EXPORT, VectorHints.VALUE_EXPORT_SIZE);
    chart.paint(g, chart.getWidth(), chart.getHeight());
    return g.getCommands();
  }

  /** The chart as an SVG document (UTF-8 text, coordinates to two decimals). */
  public static String svg(Chart<?, ?> chart) {
    return SvgWriter.document(commands(chart), chart.getWidth(), chart.getHeight());
  }

  /**
   * The chart as SVG to inline in the HTML document.
   *
   * @param prefix the prefix of its ids, unique in the document
   * @param describedBy the id of the element holding its text alternative
   */
  public static String inlineSvg(Chart<?, ?> chart, String prefix, String describedBy) {
    return SvgWriter.inline(
        commands(chart), chart.getWidth(), chart.getHeight(), prefix, describedBy);
  }

  /** The chart as a PNG image. */
  public static byte[] png(Chart<?, ?> chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
