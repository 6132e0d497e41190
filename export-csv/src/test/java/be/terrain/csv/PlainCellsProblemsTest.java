package be.terrain.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import be.terrain.core.Problem;
import be.terrain.core.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The plain path (cells handed to the rows as the file's bytes, issue #13) finds the same problems,
 * with the same file, line, column, record and field, as the recovering tokenizer alone, on plain
 * files full of bad cells: formula prefixes, bad dates, codes and counts, unknown references,
 * empty, missing and extra cells.
 */
class PlainCellsProblemsTest {
  @TempDir Path dir;

  private static final List<List<String>> CELLS =
      List.of(
          List.of("c-1", "c-2", "'=c-3", "'-x", "''+y", "", "c 4", "c-1", "'"),
          List.of("2020-01-02", "2020-13-01", "", "x", "'=2020-01-02"),
          List.of("charleroi", "nowhere", "", "'=charleroi", "'-charleroi"),
          List.of("STREET", "street", "", "X", "'=STREET"),
          List.of("p-1", "p-9", "", "'-p-1", "p 1"),
          List.of("", "1", "-1", "abc", "99999999999", "'+1"));

  /** One contact row: a cell of each column's list, or a cell missing or one more. */
  private static Gen<String> rows() {
    Gen<List<Integer>> picks = lists().of(integers().between(0, 99)).ofSize(CELLS.size() + 1);
    return picks.map(
        p -> {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < CELLS.size(); c++) {
            List<String> choices = CELLS.get(c);
            cells.add(choices.get(p.get(c) % choices.size()));
          }
          int shape = p.get(CELLS.size());
          if (shape < 5) {
            cells.remove(cells.size() - 1);
          } else if (shape < 10) {
            cells.add("more");
          }
          return String.join(",", cells);
        });
  }

  @Test
  void plainCellsGiveTheTokenizersProblems() {
    qt().withExamples(150)
        .forAll(lists().of(rows()).ofSizeBetween(1, 12), Generate.pick(List.of("\n", "\r\n")))
        .checkAssert(
            (rows, end) -> {
              Path folder = dir.resolve("f" + System.nanoTime());
              CsvFolders.base(folder);
              CsvFolders.write(
                  folder,
                  "contacts.csv",
                  CsvFolders.CONTACTS_HEADER.replace("\n", end) + String.join(end, rows) + end);
              // (CsvFolders.read asserts the same problems, in order, on both paths)
              ReadResult result = CsvFolders.read(folder);
              for (Problem p : result.validation().problems()) {
                assertThat(p.location().file()).isPresent();
              }
            });
  }

  @Test
  void aFormulaPrefixOfAnIdIsStrippedOnThePlainPath() {
    Path folder = CsvFolders.base(dir.resolve("prefix"));
    CsvFolders.write(
        folder,
        "contacts.csv",
        CsvFolders.CONTACTS_HEADER + "'=c-1,2020-01-02,charleroi,STREET,,\n");
    Problem p = CsvFolders.only(CsvFolders.read(folder));
    CsvFolders.assertAt(p, "TER-0102", "contacts.csv", 2, 1, "=c-1", "id");
    assertThat(p.value()).contains("=c-1");
  }
}
