package be.terrain.core;

import org.apiguardian.api.API;

/**
 * The base of Terrain's exceptions. Bad input data is never reported by exception but as {@link
 * Problem}s; exceptions are for misuse of the API and for callers who asked to fail on problems.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class TerrainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what went wrong, for the user
   */
  public TerrainException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what went wrong, for the user
   * @param cause the exception that caused it
   */
  public TerrainException(String message, Throwable cause) {
    super(message, cause);
  }
}
