package be.terrain.federation;

import be.terrain.core.TerrainException;
import org.apiguardian.api.API;

/**
 * A federation key that cannot be used: its file is unreadable or holds fewer than {@value
 * FederationKey#MIN_BYTES} bytes (a usage error of {@code terrain contribute}). The message never
 * shows the key.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FederationKeyException extends TerrainException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what is wrong with the key, never the key itself
   */
  public FederationKeyException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what is wrong with the key, never the key itself
   * @param cause the failure that revealed it, e.g. the key file's read error
   */
  public FederationKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
