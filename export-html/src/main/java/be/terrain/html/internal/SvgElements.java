package be.terrain.html.internal;

import de.erichseifert.vectorgraphics2d.GraphicsState;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawImageCommand;
import de.erichseifert.vectorgraphics2d.util.GraphicsUtils;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The SVG elements of {@link SvgWriter}: shapes, text, images, their style and transforms, written
 * as VectorGraphics2D's SVG writer wrote them (attributes in name order, as its DOM serialised
 * them). Not thread-safe: one per writer.
 */
final class SvgElements {
  private static final String[] CAPS = {"butt", "round", "square"};
  private static final String[] JOINS = {"miter", "round", "bevel"};

  private final SvgNumbers n;
  private final double[] coords = new double[6];

  SvgElements(SvgNumbers numbers) {
    this.n = numbers;
  }

  /** A shape as a line, rectangle, ellipse or path element; no style attribute when null. */
  void shape(StringBuilder b, Shape shape, String style) {
    if (shape instanceof Line2D s) {
      b.append("<line");
      style(b, style);
      attr(b, "x1", s.getX1());
      attr(b, "x2", s.getX2());
      attr(b, "y1", s.getY1());
      attr(b, "y2", s.getY2());
    } else if (shape instanceof Rectangle2D s) {
      b.append("<rect");
      attr(b, "height", s.getHeight());
      style(b, style);
      attr(b, "width", s.getWidth());
      attr(b, "x", s.getX());
      attr(b, "y", s.getY());
    } else if (shape instanceof RoundRectangle2D s) {
      b.append("<rect");
      attr(b, "height", s.getHeight());
      attr(b, "rx", s.getArcWidth() / 2.0);
      attr(b, "ry", s.getArcHeight() / 2.0);
      style(b, style);
      attr(b, "width", s.getWidth());
      attr(b, "x", s.getX());
      attr(b, "y", s.getY());
    } else if (shape instanceof Ellipse2D s) {
      b.append("<ellipse");
      attr(b, "cx", s.getCenterX());
      attr(b, "cy", s.getCenterY());
      attr(b, "rx", s.getWidth() / 2.0);
      attr(b, "ry", s.getHeight() / 2.0);
      style(b, style);
    } else {
      b.append("<path d=\"");
      path(b, shape);
      b.append('"');
      style(b, style);
    }
    b.append("/>");
  }

  /** The path's segments; an L's x printed by {@code Double.toString}, as VectorGraphics2D did. */
  private void path(StringBuilder b, Shape shape) {
    double[] c = coords;
    PathIterator it = shape.getPathIterator(null);
    for (int i = 0; !it.isDone(); i++, it.next()) {
      if (i > 0) {
        b.append(' ');
      }
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> point(b.append('M'), c[0], c[1]);
        case PathIterator.SEG_LINETO -> {
          n.appendPlain(b.append('L'), c[0]);
          n.appendDouble(b.append(','), c[1]);
        }
        case PathIterator.SEG_CUBICTO -> {
          point(b.append('C'), c[0], c[1]);
          point(b.append(' '), c[2], c[3]);
          point(b.append(' '), c[4], c[5]);
        }
        case PathIterator.SEG_QUADTO -> {
          point(b.append('Q'), c[0], c[1]);
          point(b.append(' '), c[2], c[3]);
        }
        case PathIterator.SEG_CLOSE -> b.append('Z');
        default -> throw new IllegalStateException("Unknown path operation.");
      }
    }
  }

  private void point(StringBuilder b, double x, double y) {
    n.appendDouble(b, x);
    n.appendDouble(b.append(','), y);
  }

  private void attr(StringBuilder b, String name, double v) {
    b.append(' ').append(name).append("=\"");
    n.appendDouble(b, v);
    b.append('"');
  }

  private static void style(StringBuilder b, String style) {
    if (style != null) {
      b.append(" style=\"");
      Xml.escape(b, style, true);
      b.append('"');
    }
  }

  /** The fill or stroke of the state, as a style attribute's value. */
  String style(GraphicsState state, boolean filled) {
    StringBuilder s = new StringBuilder(96);
    Color color = state.getColor();
    String rgb = colour(color);
    if (filled) {
      s.append("fill:").append(rgb).append(';');
      if (color.getAlpha() < 255) {
        opacity(s.append("fill-opacity:"), color);
      }
      return s.append("stroke:none;").toString();
    }
    s.append("fill:none;stroke:").append(rgb).append(';');
    if (color.getAlpha() < 255) {
      opacity(s.append("stroke-opacity:"), color);
    }
    Stroke stroke = state.getStroke();
    if (stroke instanceof BasicStroke bs) {
      if (bs.getLineWidth() != 1f) {
        floatValue(s.append("stroke-width:"), bs.getLineWidth());
      }
      if (bs.getMiterLimit() != 4f) {
        floatValue(s.append("stroke-miterlimit:"), bs.getMiterLimit());
      }
      if (bs.getEndCap() != BasicStroke.CAP_BUTT) {
        s.append("stroke-linecap:").append(CAPS[bs.getEndCap()]).append(';');
      }
      if (bs.getLineJoin() != BasicStroke.JOIN_MITER) {
        s.append("stroke-linejoin:").append(JOINS[bs.getLineJoin()]).append(';');
      }
      if (bs.getDashArray() != null) {
        s.append("stroke-dasharray:");
        float[] dashes = bs.getDashArray();
        for (int i = 0; i < dashes.length; i++) {
          if (i > 0) {
            s.append(',');
          }
          n.appendFloat(s, dashes[i]);
        }
        s.append(';');
        if (bs.getDashPhase() != 0f) {
          floatValue(s.append("stroke-dashoffset:"), bs.getDashPhase());
        }
      }
    }
    return s.toString();
  }

  private void opacity(StringBuilder s, Color color) {
    n.appendDouble(s, color.getAlpha() / 255.0);
    s.append(';');
  }

  private void floatValue(StringBuilder s, float v) {
    n.appendFloat(s, v);
    s.append(';');
  }

  private static String colour(Color color) {
    if (color.getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
      float[] cmyk = color.getComponents(null);
      return String.format(
          (Locale) null,
          "rgb(%d,%d,%d) icc-color(Generic-CMYK-profile,%f,%f,%f,%f)",
          color.getRed(),
          color.getGreen(),
          color.getBlue(),
          cmyk[0],
          cmyk[1],
          cmyk[2],
          cmyk[3]);
    }
    return "rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
  }

  /** A text element in the state's colour and font. */
  void text(StringBuilder b, String text, double x, double y, GraphicsState state) {
    StringBuilder style = new StringBuilder(style(state, true));
    Font font = state.getFont();
    if (!GraphicsState.DEFAULT_FONT.equals(font)) {
      if (!GraphicsState.DEFAULT_FONT.getFamily().equals(font.getFamily())) {
        String family = GraphicsUtils.getPhysicalFont(font).getFamily();
        style.append("font-family:\"").append(family).append("\";");
      }
      if (font.getSize2D() != GraphicsState.DEFAULT_FONT.getSize2D()) {
        n.appendFloat(style.append("font-size:"), font.getSize2D());
        style.append("px;");
      }
      if ((font.getStyle() & Font.ITALIC) != 0) {
        style.append("font-style:italic;");
      }
      if ((font.getStyle() & Font.BOLD) != 0) {
        style.append("font-weight:bold;");
      }
    }
    b.append("<text");
    style(b, style.toString());
    attr(b, "x", x);
    attr(b, "y", y);
    b.append('>');
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    Xml.escape(escaped, text, false);
    SvgNumbers.appendCut(b, escaped);
    b.append("</text>");
  }

  /** An image element, its pixels as PNG (or JPEG when smaller and the hints allow) in the URL. */
  void image(StringBuilder b, DrawImageCommand c, GraphicsState state) {
    BufferedImage image = GraphicsUtils.toBufferedImage(c.getValue());
    String data = encode(image, "png");
    boolean lossy = state.getHints().get(VectorHints.KEY_EXPORT) == VectorHints.VALUE_EXPORT_SIZE;
    if (lossy && !GraphicsUtils.usesAlpha(image)) {
      String jpeg = encode(image, "jpeg");
      if (!jpeg.isEmpty() && jpeg.length() < data.length()) {
        data = jpeg;
      }
    }
    b.append("<image");
    attr(b, "height", c.getHeight());
    b.append(" preserveAspectRatio=\"none\"");
    attr(b, "width", c.getWidth());
    attr(b, "x", c.getX());
    b.append(" xlink:href=\"").append(data).append('"');
    attr(b, "y", c.getY());
    b.append("/>");
  }

  private static String encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        return "";
      }
    } catch (IOException e) {
      return "";
    }
    return "data:image/"
        + format
        + ";base64,"
        + Base64.getEncoder().encodeToString(out.toByteArray());
  }

  /** A transform attribute's value: a translation, or the whole matrix. */
  void transform(StringBuilder b, AffineTransform tx) {
    if (AffineTransform.getTranslateInstance(tx.getTranslateX(), tx.getTranslateY()).equals(tx)) {
      n.appendDouble(b.append("translate("), tx.getTranslateX());
      n.appendDouble(b.append(' '), tx.getTranslateY());
      b.append(')');
    } else {
      double[] m = new double[6];
      tx.getMatrix(m);
      b.append("matrix(");
      for (int i = 0; i < m.length; i++) {
        if (i > 0) {
          b.append(' ');
        }
        n.appendDouble(b, m[i]);
      }
      b.append(')');
    }
  }
}
