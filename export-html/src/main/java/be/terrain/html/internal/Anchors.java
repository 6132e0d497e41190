package be.terrain.html.internal;

import be.terrain.stats.Scope;
import java.util.Locale;

/** Ids of a document's parts and names of chart files: {@code antenna-extra-ring}. */
public final class Anchors {
  private Anchors() {}

  /** A scope's anchor and file name part: level and id, e.g. {@code province-BE-WHT}. */
  public static String of(Scope scope) {
    return scope.level().name().toLowerCase(Locale.ROOT) + "-" + safe(scope.id());
  }

  /** Keeps letters, digits, dots, dashes and underscores; others become {@code _}. */
  public static String safe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c ->
                b.appendCodePoint(
                    (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_'))
                        ? c
                        : '_'));
    return b.toString();
  }
}
