package be.terrain.examples;

import be.terrain.core.Language;
import be.terrain.core.Period;
import be.terrain.core.Problem;
import be.terrain.core.ReadResult;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.csv.CsvDialect;
import be.terrain.csv.ReportCsvWriter;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading an organisation's spreadsheet export and writing its report for a spreadsheet: the sheets
 * saved as CSV by a spreadsheet in a Belgian or French locale (the {@code excel-fr} dialect:
 * semicolons, CRLF, a byte order mark) are read into a dataset; if it is valid, the year's standard
 * report is written as {@code report.csv}, one line per table row, with the French labels.
 *
 * <p>{@code report.csv} is UTF-8 with commas, as {@code standard-report.md} says: a spreadsheet set
 * to a French locale opens it through its import of text files (choose UTF-8 and the comma).
 *
 * <pre>{@code
 * java -cp cli/target/terrain.jar:examples/target/classes be.terrain.examples.SpreadsheetExample export/ report.csv 2020
 * }</pre>
 */
public final class SpreadsheetExample {
  private SpreadsheetExample() {}

  /**
   * Runs the example.
   *
   * @param args the folder of the export, the report file to write, the year
   * @throws IOException when the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.out.println("usage: SpreadsheetExample EXPORT-FOLDER REPORT.csv YEAR");
      return;
    }
    Path export = Path.of(args[0]);
    Path reportCsv = Path.of(args[1]);
    int year = Integer.parseInt(args[2]);

    // The dialect is detected file by file; saying it refuses a sheet saved another way.
    ReadResult read = CsvDatasetReader.builder().dialect(CsvDialect.EXCEL_FR).build().read(export);
    if (!read.isValid()) {
      System.out.println(export + " has " + read.validation().problems().size() + " problem(s):");
      for (Problem p : read.validation().problems()) {
        System.out.println("  " + p);
      }
      return;
    }

    Report report =
        Statistics.compute(
            read.dataset(), ReportOptions.of(Period.ofYear(year)).withLanguage(Language.FR));
    try (OutputStream out = Files.newOutputStream(reportCsv)) {
      ReportCsvWriter.write(report, out);
    }
    System.out.println(
        "wrote "
            + reportCsv
            + ": the "
            + year
            + " report of "
            + read.dataset().organisation().name()
            + ", "
            + report.tables().size()
            + " tables");
  }
}
