package be.terrain.federation.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.apache.datasketches.hash.MurmurHash3;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.thetacommon.ThetaUtil;

/**
 * Feeds an HLL sketch a value's coupon computed once, instead of {@link HllSketch#update(long)}
 * hashing the same value again for every sketch it enters: the coupon is what {@code update(long)}
 * computes (MurmurHash3 of the value with the default seed, then the slot and the leading zeros),
 * and {@code couponUpdate} is the step {@code update(long)} ends with, reached through a private
 * lookup (DataSketches keeps it package-private). When the lookup is refused (a module that does
 * not open the package), {@link #direct()} is false and callers use {@code update(long)}: the
 * sketch is the same either way, byte for byte ({@code HllCouponsTest}).
 */
public final class HllCoupons {
  private static final int KEY_BITS_26 = 26;
  private static final long KEY_MASK_26 = (1L << KEY_BITS_26) - 1;
  private static final MethodHandle COUPON_UPDATE = couponUpdate();
  private static final MethodHandle CUR_MODE = curMode();
  private static final Object HLL_MODE = hllMode();

  private HllCoupons() {}

  /** Whether {@link #update} may be used. */
  public static boolean direct() {
    return COUPON_UPDATE != null;
  }

  /** The coupon {@link HllSketch#update(long)} computes for a value; never 0. */
  public static int coupon(long value) {
    long[] hash = MurmurHash3.hash(new long[] {value}, ThetaUtil.DEFAULT_UPDATE_SEED);
    int address = (int) (hash[0] & KEY_MASK_26);
    int leadingZeros = Math.min(Long.numberOfLeadingZeros(hash[1]), 62);
    return ((leadingZeros + 1) << KEY_BITS_26) | address;
  }

  /** Adds a coupon of {@link #coupon} to the sketch (only when {@link #direct()}). */
  public static void update(HllSketch sketch, int coupon) {
    try {
      COUPON_UPDATE.invokeExact(sketch, coupon);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("DataSketches' couponUpdate failed", e);
    }
  }

  /** Whether {@link #inHllMode} may be used. */
  public static boolean modeKnown() {
    return CUR_MODE != null && HLL_MODE != null;
  }

  /**
   * Whether the sketch is in HLL mode (the array of slots; LIST and SET keep every coupon), when
   * {@link #modeKnown()}. A sketch in HLL mode stays in it.
   */
  public static boolean inHllMode(HllSketch sketch) {
    try {
      return (Object) CUR_MODE.invokeExact(sketch) == HLL_MODE;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("DataSketches' getCurMode failed", e);
    }
  }

  private static MethodHandle curMode() {
    try {
      Class<?> mode = Class.forName("org.apache.datasketches.hll.CurMode");
      return MethodHandles.privateLookupIn(HllSketch.class, MethodHandles.lookup())
          .findVirtual(HllSketch.class, "getCurMode", MethodType.methodType(mode))
          .asType(MethodType.methodType(Object.class, HllSketch.class));
    } catch (ReflectiveOperationException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object hllMode() {
    try {
      Class<?> mode = Class.forName("org.apache.datasketches.hll.CurMode");
      return Enum.valueOf((Class) mode, "HLL");
    } catch (ReflectiveOperationException | IllegalArgumentException | ClassCastException e) {
      return null;
    }
  }

  private static MethodHandle couponUpdate() {
    try {
      return MethodHandles.privateLookupIn(HllSketch.class, MethodHandles.lookup())
          .findVirtual(
              HllSketch.class, "couponUpdate", MethodType.methodType(void.class, int.class));
    } catch (ReflectiveOperationException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }
}
