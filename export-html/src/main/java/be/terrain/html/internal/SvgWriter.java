package be.terrain.html.internal;

import de.erichseifert.vectorgraphics2d.GraphicsState;
import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.commands.AffineTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.CreateCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DisposeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawImageCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawStringCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.FillShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Group;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetBackgroundCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetClipCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetColorCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetCompositeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetFontCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetHintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetPaintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetStrokeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.filters.FillPaintedShapeAsImageFilter;
import de.erichseifert.vectorgraphics2d.intermediate.filters.StateChangeGroupingFilter;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chart's drawing commands (VectorGraphics2D's command list, as XChart painted them) as
 * SVG text in one pass: no DOM, no XML serialiser. The text is what VectorGraphics2D's own SVG
 * writer gave after the document's clean-up (numbers cut to two decimals, see {@link SvgNumbers};
 * the same elements, attributes in the same order, the same indentation), so the HTML document is
 * unchanged; inline, the clip paths' ids are numbered in order under a prefix of the caller's and
 * the root has the role of an image and a pointer to its text alternative.
 */
public final class SvgWriter {
  private static final String NAMESPACES = " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
  private static final String HEADER =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<!DOCTYPE svg PUBLIC"
          + " \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n";

  private final SvgNumbers numbers = new SvgNumbers();
  private final SvgElements elements = new SvgElements(numbers);
  private final Deque<GraphicsState> states = new ArrayDeque<>();
  private final StringBuilder defs = new StringBuilder(512);
  private final StringBuilder body;
  private final Map<Integer, String> clips = new HashMap<>();
  private final String idPrefix;

  /** The attributes of the group that takes the next elements; null while that is the root. */
  private String group;

  private boolean groupOpen;

  private SvgWriter(String idPrefix, int capacity) {
    this.idPrefix = idPrefix;
    this.body = new StringBuilder(capacity);
    states.push(new GraphicsState());
  }

  /**
   * A chart's SVG file: XML declaration, doctype, the clip paths named by their shapes' hash codes.
   */
  public static String document(CommandSequence commands, double width, double height) {
    SvgWriter w = new SvgWriter(null, 64 * 1024);
    w.write(commands);
    return w.toText(HEADER + "<svg", width, height);
  }

  /**
   * A chart's SVG to inline in the HTML document.
   *
   * @param prefix the prefix of its ids, unique in the document (its clip paths are {@code
   *     prefix-1}, {@code prefix-2}, in order)
   * @param describedBy the id of the element that holds its text alternative
   */
  public static String inline(
      CommandSequence commands, double width, double height, String prefix, String describedBy) {
    SvgWriter w = new SvgWriter(prefix, 64 * 1024);
    w.write(commands);
    String open = "<svg role=\"img\" aria-labelledby=\"" + describedBy + "\" focusable=\"false\"";
    return w.toText(open, width, height);
  }

  private void write(CommandSequence commands) {
    for (Command<?> c :
        new StateChangeGroupingFilter(new FillPaintedShapeAsImageFilter(commands))) {
      handle(c);
    }
    closeGroup();
  }

  private String toText(String open, double width, double height) {
    StringBuilder b = new StringBuilder(open.length() + defs.length() + body.length() + 512);
    b.append(open).append(NAMESPACES).append(" height=\"");
    numbers.appendDouble(b, height);
    b.append("px\" version=\"1.1\" viewBox=\"0 0 ");
    numbers.appendDouble(b, width);
    b.append(' ');
    numbers.appendDouble(b, height);
    b.append("\" width=\"");
    numbers.appendDouble(b, width);
    b.append("px\" x=\"0px\" y=\"0px\" xmlns=\"http://www.w3.org/2000/svg\"");
    if (defs.length() == 0 && body.length() == 0) {
      return b.append("/>\n").toString();
    }
    b.append(">\n");
    if (defs.length() > 0) {
      b.append("  <defs>\n").append(defs).append("  </defs>\n");
    }
    return b.append(body).append("</svg>\n").toString();
  }

  private void handle(Command<?> command) {
    if (command instanceof Group g) {
      applyState(g.getValue());
      if (changesGroup(g.getValue())) {
        newGroup();
      }
    } else if (command instanceof DrawShapeCommand c) {
      elements.shape(begin(), c.getValue(), elements.style(state(), false));
      body.append('\n');
    } else if (command instanceof FillShapeCommand c) {
      elements.shape(begin(), c.getValue(), elements.style(state(), true));
      body.append('\n');
    } else if (command instanceof DrawStringCommand c) {
      elements.text(begin(), c.getValue(), c.getX(), c.getY(), state());
      body.append('\n');
    } else if (command instanceof DrawImageCommand c) {
      elements.image(begin(), c, state());
      body.append('\n');
    }
  }

  private GraphicsState state() {
    return states.peek();
  }

  private void applyState(List<Command<?>> commands) {
    for (Command<?> command : commands) {
      GraphicsState state = state();
      if (command instanceof SetBackgroundCommand c) {
        state.setBackground(c.getValue());
      } else if (command instanceof SetClipCommand c) {
        state.setClip(c.getValue());
      } else if (command instanceof SetColorCommand c) {
        state.setColor(c.getValue());
      } else if (command instanceof SetCompositeCommand c) {
        state.setComposite(c.getValue());
      } else if (command instanceof SetFontCommand c) {
        state.setFont(c.getValue());
      } else if (command instanceof SetPaintCommand c) {
        state.setPaint(c.getValue());
      } else if (command instanceof SetStrokeCommand c) {
        state.setStroke(c.getValue());
      } else if (command instanceof SetTransformCommand c) {
        state.setTransform(c.getValue());
      } else if (command instanceof AffineTransformCommand c) {
        AffineTransform t = state.getTransform();
        t.concatenate(c.getValue());
        state.setTransform(t);
      } else if (command instanceof SetHintCommand c) {
        state.getHints().put(c.getKey(), c.getValue());
      } else if (command instanceof CreateCommand) {
        states.push(copy(state));
      } else if (command instanceof DisposeCommand) {
        states.pop();
      }
    }
  }

  private static GraphicsState copy(GraphicsState s) {
    try {
      return (GraphicsState) s.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean changesGroup(List<Command<?>> commands) {
    for (Command<?> c : commands) {
      if (c instanceof SetClipCommand
          || c instanceof SetTransformCommand
          || c instanceof AffineTransformCommand) {
        return true;
      }
    }
    return false;
  }

  /** A new group for the next elements: the state's clip path and transform, if any. */
  private void newGroup() {
    closeGroup();
    StringBuilder g = new StringBuilder(96);
    Shape clip = state().getClip();
    if (clip != GraphicsState.DEFAULT_CLIP) {
      g.append(" clip-path=\"url(#").append(clipId(clip)).append(")\"");
    }
    AffineTransform tx = state().getTransform();
    if (!GraphicsState.DEFAULT_TRANSFORM.equals(tx)) {
      g.append(" transform=\"");
      elements.transform(g, tx);
      g.append('"');
    }
    group = g.toString();
    groupOpen = false;
  }

  private void closeGroup() {
    if (groupOpen) {
      body.append("  </g>\n");
      groupOpen = false;
    }
  }

  /** The id of a clip path, written into the definitions the first time (one per hash code). */
  private String clipId(Shape clip) {
    int hash = clip.hashCode();
    String id = clips.get(hash);
    if (id == null) {
      id = idPrefix == null ? "clip" + hash : idPrefix + "-" + (clips.size() + 1);
      clips.put(hash, id);
      defs.append("    <clipPath id=\"").append(id).append("\">\n      ");
      elements.shape(defs, clip, null);
      defs.append("\n    </clipPath>\n");
    }
    return id;
  }

  /** Starts an element of the current group (opened with its first element): its indentation. */
  private StringBuilder begin() {
    if (group == null) {
      return body.append("  ");
    }
    if (!groupOpen) {
      body.append("  <g").append(group).append(">\n");
      groupOpen = true;
    }
    return body.append("    ");
  }
}
