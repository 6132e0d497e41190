package be.terrain.cli;

import static be.terrain.cli.Cli.TODAY;
import static be.terrain.cli.Cli.reference;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path tmp;

  @Test
  void aRoundTripThroughEveryFormLosesNothing() throws IOException {
    Path json = tmp.resolve("a.json");
    Path lines = tmp.resolve("b.jsonl");
    Path excel = tmp.resolve("c-excel");
    Path csv = tmp.resolve("d-csv");
    Path back = tmp.resolve("e.json");

    assertThat(run("convert", reference(), json.toString(), "--today", TODAY).exit()).isZero();
    assertThat(run("convert", json.toString(), lines.toString(), "--today", TODAY).exit()).isZero();
    Run toExcel =
        run(
            "convert",
            lines.toString(),
            excel.toString(),
            "--today",
            TODAY,
            "--dialect",
            "excel-fr");
    assertThat(toExcel.exit()).as(toExcel.err()).isZero();
    assertThat(toExcel.err()).contains("wrote " + excel + " (CSV folder, excel-fr)");
    assertThat(run("convert", excel.toString(), csv.toString(), "--today", TODAY).exit()).isZero();
    assertThat(run("convert", csv.toString(), back.toString(), "--today", TODAY).exit()).isZero();

    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(json));
    byte[] contacts = Files.readAllBytes(excel.resolve("contacts.csv"));
    assertThat(new String(contacts, 0, 3, StandardCharsets.ISO_8859_1))
        .isEqualTo("\u00ef\u00bb\u00bf"); // BOM
    assertThat(new String(contacts, StandardCharsets.UTF_8))
        .contains("id;date;antenna_id;channel;person_id;count\r\n");
    assertThat(Files.readString(csv.resolve("contacts.csv")))
        .startsWith("id,date,antenna_id,channel,person_id,count\n");
    assertThat(run("validate", excel.toString(), "--today", TODAY, "--dialect", "excel-fr").exit())
        .isZero();
  }

  @Test
  void anInvalidInputIsRefusedAndNothingIsWritten() {
    Path out = tmp.resolve("out.json");

    Run r = run("convert", Cli.invalidCopy(tmp).toString(), out.toString(), "--today", TODAY);

    assertThat(r.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(r.out()).contains("TER-0104");
    assertThat(out).doesNotExist();
  }

  @Test
  void badInputIsRefusedInOneLine() throws IOException {
    Path text = Files.writeString(tmp.resolve("notes.txt"), "hello");
    String json = tmp.resolve("x.json").toString();

    run("convert", tmp.resolve("missing").toString(), json).failsInOneLine(TerrainCli.USAGE);
    run("convert", text.toString(), json).failsInOneLine(TerrainCli.USAGE);
    run("convert", reference(), text.toString()).failsInOneLine(TerrainCli.USAGE);
    run("convert", reference(), tmp.resolve("out.csv").toString()).failsInOneLine(TerrainCli.USAGE);
    run("convert", reference(), reference()).failsInOneLine(TerrainCli.USAGE);
    run("convert", reference()).failsInOneLine(TerrainCli.USAGE);
    run("convert", reference(), json, "--today", "2026-1-1").failsInOneLine(TerrainCli.USAGE);
    run("convert", reference(), json, "--pretty").failsInOneLine(TerrainCli.USAGE);
  }
}
