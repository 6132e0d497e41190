package be.terrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the command line in-process, as {@code bin/terrain} would, with captured output. */
final class Cli {
  private Cli() {}

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** The reference dataset (a CSV folder). */
  static String reference() {
    return ReferenceData.seed2020().toString();
  }

  /** The day the expected files assume. */
  static final String TODAY = ReferenceData.READ_ON.toString();

  /** What a run gave. */
  record Run(int exit, String out, String err) {
    /** Asserts a usage or input error told in one line, without a stack trace. */
    Run failsInOneLine(int code) {
      assertThat(exit).as("exit code; err: %s", err).isEqualTo(code);
      assertThat(err.lines().toList()).as("standard error").hasSize(1);
      assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
      return this;
    }
  }

  static Run run(String... args) {
    return runWithEnvironment(Map.of(), args);
  }

  /** Runs with these environment variables (and no other). */
  static Run runWithEnvironment(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = TerrainCli.commandLine(false, environment::get, args);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static JsonNode json(Path file) {
    return JSON.readTree(file.toFile());
  }

  static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  /**
   * A copy of the reference dataset with one bad cell: the date of the first contact is 2020-02-30
   * (line 2 of contacts.csv).
   */
  static Path invalidCopy(Path dir) {
    Path copy = dir.resolve("invalid");
    try {
      Files.createDirectories(copy);
      try (Stream<Path> files = Files.list(ReferenceData.seed2020())) {
        for (Path f :
            files
                .filter(Files::isRegularFile)
                .filter(f -> f.toString().endsWith(".csv"))
                .toList()) {
          Files.copy(f, copy.resolve(f.getFileName().toString()));
        }
      }
      Path contacts = copy.resolve("contacts.csv");
      List<String> lines = Files.readAllLines(contacts, StandardCharsets.UTF_8);
      lines.set(1, lines.get(1).replace("2019-01-01", "2020-02-30"));
      Files.write(contacts, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }
}
