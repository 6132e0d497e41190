package be.terrain.core;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The languages Terrain labels codes in: the three official languages a Belgian report is read in.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Language {
  /** French. */
  FR,
  /** Dutch. */
  NL,
  /** English. */
  EN;

  /**
   * {@return the lower-case tag used on command lines and in files: {@code fr}, {@code nl}, {@code
   * en}}
   */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a tag, case-insensitively.
   *
   * @param tag {@code fr}, {@code nl} or {@code en}, in any case
   * @return the language
   * @throws IllegalArgumentException when the tag is not fr, nl or en
   */
  public static Language parse(String tag) {
    for (Language l : values()) {
      if (l.tag().equalsIgnoreCase(tag)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + tag + "': expected fr, nl or en");
  }
}
