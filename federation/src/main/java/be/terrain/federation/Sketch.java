package be.terrain.federation;

import java.util.Arrays;
import java.util.Base64;
import org.apiguardian.api.API;

/**
 * The serialised bytes of an Apache DataSketches HLL sketch (lgConfigK 12, HLL_4, compact form), as
 * a contribution carries it in base64. A value: equal when the bytes are.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Sketch {
  private final byte[] bytes;

  private Sketch(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A sketch of these bytes (copied); whether DataSketches can read them is checked on use.
   *
   * @param bytes a serialised HLL sketch
   * @return the sketch
   */
  public static Sketch of(byte[] bytes) {
    return new Sketch(bytes.clone());
  }

  /** {@return the bytes (a copy)} */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** {@return the bytes in base64 (RFC 4648, with padding), as written} */
  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** {@return the number of bytes} */
  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sketch s && Arrays.equals(bytes, s.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Sketch[" + bytes.length + " bytes]";
  }
}
