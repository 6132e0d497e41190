package be.terrain.federation.internal;

import be.terrain.federation.Sketch;
import java.util.Base64;
import java.util.regex.Pattern;
import org.apache.datasketches.common.SketchesException;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.memory.MemoryException;

/** Reading sketches: strict base64, then DataSketches' own check of the bytes. */
public final class Sketches {
  private static final Pattern BASE64 =
      Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

  private Sketches() {}

  /** The bytes of RFC 4648 base64 with padding, or null when it is not. */
  public static byte[] decode(String base64) {
    if (!BASE64.matcher(base64).matches()) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Why DataSketches cannot use the bytes as an lgK 12 HLL_4 sketch, or null when it can. */
  public static String refusal(byte[] bytes) {
    try {
      HllSketch s = HllSketch.heapify(Memory.wrap(bytes));
      if (s.getLgConfigK() != SketchingSink.LG_K) {
        return "lgConfigK " + s.getLgConfigK() + " instead of 12";
      }
      if (s.getTgtHllType() != TgtHllType.HLL_4) {
        return "target type " + s.getTgtHllType() + " instead of HLL_4";
      }
      return null;
    } catch (SketchesException
        | MemoryException
        | IndexOutOfBoundsException
        | IllegalArgumentException
        | IllegalStateException e) {
      return "DataSketches cannot read it";
    }
  }

  /** A sketch read back (the bytes were checked by {@link #refusal}). */
  public static HllSketch heapify(Sketch sketch) {
    return HllSketch.heapify(Memory.wrap(sketch.bytes()));
  }

  /** An empty union of lgMaxK 12. */
  public static Union union() {
    return new Union(SketchingSink.LG_K);
  }
}
