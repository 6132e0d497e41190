package be.terrain.json.internal;

import be.terrain.core.RecordKind;
import be.terrain.core.RecordLocator;

/** The {@link RecordLocator}s of the JSON readers, locating as {@link ProblemLocator} does. */
public final class Locators {
  private Locators() {}

  /**
   * Locates records of a JSON document by JSON pointer: the position a record was added with is its
   * index in its array, and {@code (CONTACT, 3, "count")} is {@code /contacts/3/count}.
   *
   * @param file the document's file name, or null
   */
  public static RecordLocator document(String file) {
    ProblemLocator locator = new ProblemLocator(file);
    return (kind, position, field) -> locator.onLine(0, Pointers.field(kind, position, field));
  }

  /**
   * Locates records of JSON Lines by line: a record of a line was added with its line number as
   * position. The organisation and the antennas are in the first line, added with their index in
   * it: they are located by that line and a JSON pointer into it ({@code /antennas/2/kind}).
   *
   * @param file the file name, or null
   * @param headerLine the number of the first line, 0 when there is none
   */
  public static RecordLocator lines(String file, int headerLine) {
    ProblemLocator locator = new ProblemLocator(file);
    return (kind, position, field) -> {
      if (kind == RecordKind.ORGANISATION || kind == RecordKind.ANTENNA) {
        return locator.onLine(headerLine, Pointers.field(kind, position, field));
      }
      return locator.onLine(position, null);
    };
  }
}
