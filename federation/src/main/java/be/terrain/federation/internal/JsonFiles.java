package be.terrain.federation.internal;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.federation.FederationProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The file side of the federation's two JSON formats, the same for both: writing the bytes, and
 * reading a file into its parser or, when it cannot be read, into one problem naming the file.
 */
public final class JsonFiles {
  private JsonFiles() {}

  /**
   * Writes the bytes to a file, replacing it.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(byte[] bytes, Path file) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a file and parses its bytes; problems name the file's name.
   *
   * @param parse the parser, given the bytes and the file's name
   * @param failed the result of a file that cannot be read, given its problem
   */
  public static <R> R read(
      Path file, BiFunction<byte[], String, R> parse, Function<List<Problem>, R> failed) {
    String name = String.valueOf(file.getFileName());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return failed.apply(
          List.of(
              Problem.of(FederationProblems.MALFORMED)
                  .at(Location.ofFile(name))
                  .args("cannot read the file")
                  .build()));
    }
    return parse.apply(bytes, name);
  }
}
