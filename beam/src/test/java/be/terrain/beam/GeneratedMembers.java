package be.terrain.beam;

import be.terrain.cli.sample.LinkageCodes;
import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Member datasets from the sample generator at a small scale, with linkage codes drawn from one
 * shared population (so members share persons), each under its own organisation id ({@code
 * m01}...). The last {@code invalid} members are broken: an impossible date, a repeated person.
 */
final class GeneratedMembers {
  static final Scale SMALL = Scale.of("T", 80, 400, 80, 80, 200);

  private GeneratedMembers() {}

  /** Writes {@code count} members under {@code dir}; returns their folders. */
  static List<Path> write(Path dir, int count, int invalid, Scale scale) throws IOException {
    LinkageCodes shared = LinkageCodes.shared(15, scale.persons() * count / 3);
    List<Path> members = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String id = String.format("m%02d", i);
      Path folder = dir.resolve(id);
      new SampleGenerator(scale, 1000 + i).withLinkageCodes(shared).writeCsvFolder(folder);
      replace(folder.resolve("organisation.csv"), "terrain-demo,", id + ",");
      if (i == count - invalid + 1) {
        replaceFirstDate(folder.resolve("contacts.csv"));
      } else if (i > count - invalid + 1) {
        repeatLastLine(folder.resolve("persons.csv"));
      }
      members.add(folder);
    }
    return members;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
  }

  private static void replaceFirstDate(Path file) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(
        file, s.replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",2020-02-30,"), StandardCharsets.UTF_8);
  }

  private static void repeatLastLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    lines.add(lines.get(lines.size() - 1));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
