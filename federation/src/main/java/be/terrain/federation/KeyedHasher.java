package be.terrain.federation;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * HMAC-SHA-256 of a {@link FederationKey} for one thread, for hashing many linkage codes: the value
 * {@link FederationKey#hash(String)} gives, computed with the JDK's SHA-256 from the key's inner
 * and outer padded blocks hashed once (RFC 2104), so a code costs two SHA-256 blocks instead of
 * four. Not thread-safe: one per thread ({@link FederationKey#newHasher()}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KeyedHasher {
  private static final int BLOCK = 64;
  private static final int DIGEST = 32;

  private final MessageDigest inner;
  private final MessageDigest outer;
  private final byte[] innerHash = new byte[DIGEST];
  private final byte[] outerHash = new byte[DIGEST];

  KeyedHasher(byte[] key) {
    byte[] k = key.length > BLOCK ? sha256().digest(key) : key;
    byte[] ipad = new byte[BLOCK];
    byte[] opad = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      byte b = i < k.length ? k[i] : 0;
      ipad[i] = (byte) (b ^ 0x36);
      opad[i] = (byte) (b ^ 0x5c);
    }
    inner = sha256();
    inner.update(ipad);
    outer = sha256();
    outer.update(opad);
    Arrays.fill(ipad, (byte) 0);
    Arrays.fill(opad, (byte) 0);
    if (k != key) {
      Arrays.fill(k, (byte) 0);
    }
  }

  /**
   * The first 8 bytes, big-endian, of HMAC-SHA-256(key, the code's UTF-8 bytes): the value the code
   * enters a sketch with.
   *
   * @param linkageCodeUtf8 a linkage code's UTF-8 bytes (not kept)
   * @return the keyed hash of the code
   */
  public long hash(byte[] linkageCodeUtf8) {
    try {
      MessageDigest i = (MessageDigest) inner.clone();
      i.update(linkageCodeUtf8);
      i.digest(innerHash, 0, DIGEST);
      MessageDigest o = (MessageDigest) outer.clone();
      o.update(innerHash);
      o.digest(outerHash, 0, DIGEST);
    } catch (CloneNotSupportedException | GeneralSecurityException e) {
      throw new IllegalStateException("the JDK's SHA-256 cannot be copied", e);
    }
    long v = 0;
    for (int b = 0; b < 8; b++) {
      v = (v << 8) | (outerHash[b] & 0xFF);
    }
    return v;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
