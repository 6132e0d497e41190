package be.terrain.benchmarks;

import java.nio.file.Path;
import java.util.SortedMap;

/**
 * DuckDB's side of {@link ProcessBenchmark}, run as its own process: loads a CSV folder with
 * explicit column types and computes the tables it can compute ({@link DuckDbReport}) for one year,
 * with DuckDB's default threads, then exits. Usage: {@code DuckDbProcess DIR YEAR}.
 */
public final class DuckDbProcess {
  private DuckDbProcess() {}

  /**
   * Loads and computes.
   *
   * @param args the folder and the year
   * @throws Exception when DuckDB fails
   */
  public static void main(String[] args) throws Exception {
    SortedMap<String, Long> counts =
        DuckDbReport.compute(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.println("duckdb: " + counts.size() + " counts");
  }
}
