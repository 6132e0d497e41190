package be.terrain.html.internal;

import be.terrain.html.ReportDocument;
import be.terrain.stats.ReportTable;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Element;

/**
 * The PDF's charts, painted by XChart straight onto the page: the document's markup holds an {@code
 * <object>} of the chart's size where the HTML inlines its SVG, and the renderer asks this drawer
 * to paint it through the output device's {@code Graphics2D} (PDFBox vector paths). No SVG is
 * written, parsed or rendered for the PDF, so the cold process loads and compiles far less (neither
 * VectorGraphics2D's SVG writer nor Batik).
 */
public final class PdfCharts implements FSObjectDrawer {
  /** The object type the drawer is registered for. */
  static final String TYPE = "application/x-terrain-chart";

  /** The width of a chart on the page, as the style sheet gives the HTML's SVG. */
  private static final double WIDTH_MM = 86;

  private final ReportDocument doc;
  private final List<Chart<?, ?>> charts = new ArrayList<>();

  /** The charts of a document, made as its markup is written. */
  public PdfCharts(ReportDocument doc) {
    this.doc = doc;
  }

  /** The factory that gives the renderer this drawer for the charts' objects. */
  public FSObjectDrawerFactory factory() {
    DefaultObjectDrawerFactory f = new DefaultObjectDrawerFactory();
    f.registerDrawer(TYPE, this);
    return f;
  }

  /** The markup standing for a table's chart: an object of the chart's shape, 86 mm wide. */
  public String markup(ReportTable t) {
    Chart<?, ?> c = Charts.chart(doc, t, false);
    charts.add(c);
    double height = WIDTH_MM * c.getHeight() / c.getWidth();
    return String.format(
        Locale.ROOT,
        "<object type=\"%s\" data-chart=\"%d\" style=\"width:%.0fmm;height:%.2fmm\"></object>",
        TYPE,
        charts.size() - 1,
        WIDTH_MM,
        height);
  }

  @Override
  public Map<Shape, String> drawObject(
      Element e,
      double x,
      double y,
      double width,
      double height,
      OutputDevice device,
      RenderingContext ctx,
      int dotsPerPixel) {
    Chart<?, ?> c = charts.get(Integer.parseInt(e.getAttribute("data-chart")));
    float w = (float) (width / dotsPerPixel);
    float h = (float) (height / dotsPerPixel);
    device.drawWithGraphics(
        (float) x,
        (float) y,
        w,
        h,
        g -> {
          g.scale(w / c.getWidth(), h / c.getHeight());
          c.paint(g, c.getWidth(), c.getHeight());
        });
    return null;
  }
}
