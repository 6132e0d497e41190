package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.csv.CsvDialect;
import be.terrain.platform.Terrain;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code terrain convert IN OUT}: a dataset from one form of the exchange format to another. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Convert a dataset between a CSV folder, a .json document and a .jsonl file.",
    description = {
      "Reads IN, refuses it with its problems if it is invalid (exit 1), and writes the same"
          + " records to OUT in --format: a .json document, a .jsonl file, or a CSV folder"
          + " (created if needed). Without --format, OUT's name tells: .json or .jsonl, else a"
          + " folder or a name without extension for a CSV folder; another name (out.txt) is"
          + " refused. Nothing is lost: converting back gives the same records.",
      "",
      "--dialect is the dialect of the CSV side: the one OUT is written in when OUT is a CSV"
          + " folder (default rfc4180), else the one IN is read in (default: detected).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  terrain convert my-data/ my-data.json",
      "  terrain convert my-data.json for-excel/ --dialect excel-fr",
      "  terrain convert big.jsonl big/",
      "  terrain convert my-data/ export.txt --format jsonl"
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand TerrainCli top;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "A CSV folder, a .json document or a .jsonl file.")
  Path in;

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      description = "A .json or .jsonl file, or a CSV folder.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "NAME",
      description =
          "What to write: csv or csv-excel-fr (a CSV folder at OUT), json or jsonl (a file at OUT),"
              + " or a format a plugin registered; default: from OUT's name (.json, .jsonl; a"
              + " folder or a name without extension is a CSV folder; another name is refused).")
  String format;

  @Mixin DatasetInput input;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Terrain terrain = top.terrain(cl);
    DatasetFormat from = DatasetPaths.ofInput(in, cl, terrain);
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new ParameterException(cl, "IN and OUT are the same: " + in);
    }
    DatasetFormat to =
        DatasetPaths.ofOutput(out, Optional.ofNullable(format), input.dialect(), cl, terrain);
    boolean writesCsv = to.fileExtension().isEmpty();
    CsvDialect written =
        to.name().equals("csv-excel-fr")
            ? CsvDialect.EXCEL_FR
            : writesCsv ? input.dialect().orElse(CsvDialect.RFC4180) : CsvDialect.RFC4180;
    Optional<CsvDialect> read = writesCsv ? Optional.empty() : input.dialect();
    ReadResult r =
        Progress.during(
            cl.getErr(),
            top.progress(),
            "reading " + in,
            () -> DatasetPaths.read(in, from, input.today(), read, terrain));
    if (!r.isValid()) {
      input.refuse(in, r.validation(), cl);
      return TerrainCli.INVALID;
    }
    Dataset d = r.dataset();
    Progress.during(
        cl.getErr(),
        top.progress(),
        "writing " + out,
        () -> {
          Output.write(out, f -> to.write(d, f));
          return out;
        });
    cl.getErr()
        .println(
            "terrain convert: wrote "
                + out
                + " ("
                + DatasetPaths.description(to)
                + (writesCsv ? ", " + written.tag() : "")
                + ")");
    return TerrainCli.OK;
  }
}
