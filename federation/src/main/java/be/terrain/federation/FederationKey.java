package be.terrain.federation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * The secret the members of a federation share and never send to it: every byte of a file of at
 * least {@value #MIN_BYTES} bytes (a trailing line end included). A person enters a sketch as a
 * keyed hash (HMAC-SHA-256) of its linkage code, so the federation, without the key, cannot test a
 * guessed code. Never printable: {@link #toString()} shows only the {@link #keyId()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FederationKey {
  /** The fewest bytes a key may have. */
  public static final int MIN_BYTES = 16;

  private static final String HMAC = "HmacSHA256";

  private final byte[] key;
  private final String keyId;

  private FederationKey(byte[] key) {
    this.key = key.clone();
    this.keyId = HexFormat.of().formatHex(sha256(this.key), 0, 4);
  }

  /**
   * A key of these bytes (copied).
   *
   * @param bytes the key, at least {@value #MIN_BYTES} bytes, shared by the federation's members
   * @return the key
   * @throws FederationKeyException when there are fewer than {@value #MIN_BYTES}
   */
  public static FederationKey of(byte[] bytes) {
    if (bytes.length < MIN_BYTES) {
      throw new FederationKeyException(
          "a federation key needs at least " + MIN_BYTES + " bytes; this one has " + bytes.length);
    }
    return new FederationKey(bytes);
  }

  /**
   * The key held in a file: all of its bytes.
   *
   * @param file the key file
   * @return the key
   * @throws FederationKeyException when the file cannot be read or is too short
   */
  public static FederationKey read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new FederationKeyException("cannot read the federation key file " + file, e);
    }
    try {
      return of(bytes);
    } catch (FederationKeyException e) {
      throw new FederationKeyException("federation key file " + file + ": " + e.getMessage());
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * The key's id: the first 8 hexadecimal digits (lower case) of the SHA-256 of its bytes, the same
   * for every contribution made with this key.
   *
   * @return the key's id, which contributions carry instead of the key
   */
  public String keyId() {
    return keyId;
  }

  /** {@return a new HMAC-SHA-256 initialised with the key, for one thread} */
  public Mac newMac() {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no " + HMAC, e);
    }
  }

  /**
   * A hasher of linkage codes with this key, for one thread: faster than a MAC per code.
   *
   * @return a new hasher, giving the values {@link #hash(String)} gives
   */
  public KeyedHasher newHasher() {
    return new KeyedHasher(key);
  }

  /**
   * The value a linkage code enters a sketch with: the first 8 bytes, big-endian, of
   * HMAC-SHA-256(key, the code's UTF-8 bytes).
   *
   * @param linkageCode a person's linkage code
   * @return its keyed hash
   */
  public long hash(String linkageCode) {
    return newHasher().hash(linkageCode.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@link #hash(String)} of a code's UTF-8 bytes with a MAC of {@link #newMac()}, for a hot loop
   * that reuses one MAC.
   *
   * @param mac a MAC from {@link #newMac()}, used by one thread
   * @param linkageCodeUtf8 the linkage code's UTF-8 bytes
   * @return its keyed hash
   */
  public static long hash(Mac mac, byte[] linkageCodeUtf8) {
    byte[] h = mac.doFinal(linkageCodeUtf8);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (h[i] & 0xFF);
    }
    return v;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Keys are equal when their bytes are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FederationKey k && MessageDigest.isEqual(key, k.key);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  /** {@return the key id only: the key is never shown} */
  @Override
  public String toString() {
    return "FederationKey[key_id=" + keyId + "]";
  }
}
