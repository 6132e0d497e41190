package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * How a contribution's or a federation report's sketches were made: the method ({@value #METHOD})
 * and the id of the federation key.
 *
 * @param method always {@value #METHOD} in version 1
 * @param keyId the key's {@link FederationKey#keyId()}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Linkage(String method, String keyId) {
  /** The only method of version 1: HMAC-SHA-256 keyed hashes in HLL sketches of lgK 12. */
  public static final String METHOD = "hmac-sha256-hll12";

  /**
   * Checks the parts.
   *
   * @param method always {@value #METHOD} in version 1
   * @param keyId the key's {@link FederationKey#keyId()}
   * @throws IllegalArgumentException when the method is another or the key id not 8 hex digits
   */
  public Linkage {
    requireNonNull(method, "method");
    requireNonNull(keyId, "keyId");
    if (!METHOD.equals(method)) {
      throw new IllegalArgumentException("unknown linkage method: " + method);
    }
    if (!keyId.matches("[0-9a-f]{8}")) {
      throw new IllegalArgumentException("key id must be 8 lower-case hex digits: " + keyId);
    }
  }

  /**
   * The linkage of a key.
   *
   * @param key the federation key
   * @return the linkage a contribution made with it declares: the method and the key's id
   */
  public static Linkage of(FederationKey key) {
    return new Linkage(METHOD, key.keyId());
  }
}
