package be.terrain.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The raw FastCSV parse of a folder as its own process, the reference of the validate goal in
 * {@link ProcessBenchmark}: every CSV file of the folder parsed with FastCSV, every cell touched,
 * one thread, then exit. Usage: {@code RawParseProcess DIR}.
 */
public final class RawParseProcess {
  private RawParseProcess() {}

  /**
   * Parses the folder.
   *
   * @param args the folder
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    RawParsers.Counts c = RawParsers.fastCsv(files);
    System.out.println("fastcsv: " + c.rows() + " rows, " + c.cells() + " cells");
  }
}
