package be.terrain.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Where a problem is in the input: a file, a line and column (counting from 1, the CSV header being
 * line 1), or a JSON pointer. Every part is optional.
 *
 * @param file the file's name within a folder, or the JSON file's name
 * @param line the line, from 1
 * @param column the column, from 1
 * @param pointer a JSON pointer such as {@code /contacts/3/count}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Location(
    Optional<String> file, OptionalInt line, OptionalInt column, Optional<String> pointer) {
  /** Nowhere in particular: a record built in code. */
  public static final Location NONE =
      new Location(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());

  /**
   * Checks for nulls.
   *
   * @param file the file's name within a folder, or the JSON file's name
   * @param line the line, from 1
   * @param column the column, from 1
   * @param pointer a JSON pointer such as {@code /contacts/3/count}
   */
  public Location {
    requireNonNull(file, "file");
    requireNonNull(line, "line");
    requireNonNull(column, "column");
    requireNonNull(pointer, "pointer");
  }

  /**
   * {@return a whole file}
   *
   * @param file the file's name within a folder, or the JSON file's name
   */
  public static Location ofFile(String file) {
    return new Location(
        Optional.of(file), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
  }

  /**
   * {@return a line of a file}
   *
   * @param file the file's name within a folder, or the JSON file's name
   * @param line the line, from 1
   */
  public static Location ofLine(String file, int line) {
    return new Location(
        Optional.of(file), OptionalInt.of(line), OptionalInt.empty(), Optional.empty());
  }

  /**
   * {@return a cell of a file}
   *
   * @param file the file's name within a folder, or the JSON file's name
   * @param line the line, from 1
   * @param column the column, from 1
   */
  public static Location ofCell(String file, int line, int column) {
    return new Location(
        Optional.of(file), OptionalInt.of(line), OptionalInt.of(column), Optional.empty());
  }

  /**
   * {@return a JSON pointer in a file}
   *
   * @param file the file's name within a folder, or the JSON file's name
   * @param pointer a JSON pointer such as {@code /contacts/3/count}
   */
  public static Location ofPointer(String file, String pointer) {
    return new Location(
        Optional.ofNullable(file), OptionalInt.empty(), OptionalInt.empty(), Optional.of(pointer));
  }

  /** A short text such as {@code contacts.csv:12:2} or {@code data.json#/contacts/3}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file.orElse(""));
    line.ifPresent(l -> b.append(':').append(l));
    column.ifPresent(c -> b.append(':').append(c));
    pointer.ifPresent(p -> b.append('#').append(p));
    return b.length() == 0 ? "(in code)" : b.toString();
  }
}
