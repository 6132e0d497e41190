package be.terrain.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import be.terrain.csv.CsvDialect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CsvTextTest {
  @Test
  void prefixesWhatASpreadsheetWouldRun() {
    for (String s : new String[] {"=1+1", "+32", "-abc", "@SUM", "\tx", "\rx"}) {
      assertThat(CsvText.prefixFormula(s)).isEqualTo("'" + s);
    }
    assertThat(CsvText.prefixFormula("abc")).isEqualTo("abc");
    // issue #17 defect 5: '=x came back from CSV as =x; a ' run before a formula character is
    // prefixed too (and the reader strips one ', see below)
    assertThat(CsvText.prefixFormula("'=x")).isEqualTo("''=x");
    assertThat(CsvText.prefixFormula("''+x")).isEqualTo("'''+x");
    assertThat(CsvText.prefixFormula("'hello")).isEqualTo("'hello");
    assertThat(CsvText.prefixFormula("'")).isEqualTo("'");
    assertThat(CsvText.prefixFormula("")).isEmpty();
  }

  @Test
  void stripsOnePrefixBeforeAFormulaCharacterOnly() {
    assertThat(CsvText.stripFormulaPrefix("'=SUM(1)")).isEqualTo("=SUM(1)");
    assertThat(CsvText.stripFormulaPrefix("''=x")).isEqualTo("'=x");
    assertThat(CsvText.stripFormulaPrefix("''hello")).isEqualTo("''hello");
    assertThat(CsvText.stripFormulaPrefix("''")).isEqualTo("''");
    assertThat(CsvText.stripFormulaPrefix("'hello")).isEqualTo("'hello");
    assertThat(CsvText.stripFormulaPrefix("'")).isEqualTo("'");
  }

  @Test
  void everyTextComesBackFromItsPrefixedForm() {
    // the writer's prefix and the reader's stripping agree, on every text of ' and formula marks
    Gen<String> texts =
        lists()
            .of(Generate.pick(List.of("'", "=", "+", "-", "@", "\t", "\r", "a", "'h")))
            .ofSizeBetween(0, 6)
            .map(parts -> String.join("", parts));
    qt().withExamples(2_000)
        .forAll(texts)
        .checkAssert(
            s -> {
              String written = CsvText.prefixFormula(s);
              assertThat(CsvText.stripFormulaPrefix(written)).isEqualTo(s);
              char[] buf = ("x" + written).toCharArray();
              assertThat(CsvText.hasFormulaPrefix(buf, 1, written.length()))
                  .isEqualTo(CsvText.hasFormulaPrefix(written));
            });
  }

  @Test
  void quotesOnlyWhenNeeded() {
    assertThat(CsvText.escape("a b", CsvDialect.RFC4180)).isEqualTo("a b");
    assertThat(CsvText.escape("a;b", CsvDialect.RFC4180)).isEqualTo("a;b");
    assertThat(CsvText.escape("a;b", CsvDialect.EXCEL_FR)).isEqualTo("\"a;b\"");
    assertThat(CsvText.escape("a,b", CsvDialect.EXCEL_FR)).isEqualTo("a,b");
    assertThat(CsvText.escape("a\"b", CsvDialect.RFC4180)).isEqualTo("\"a\"\"b\"");
    assertThat(CsvText.escape("a\nb", CsvDialect.RFC4180)).isEqualTo("\"a\nb\"");
    assertThat(CsvText.escape("a\rb", CsvDialect.RFC4180)).isEqualTo("\"a\rb\"");
    assertThat(CsvText.textCell("=a,b", CsvDialect.RFC4180)).isEqualTo("\"'=a,b\"");
  }

  /**
   * Any string (any code point, length 0 to 255, as jqwik's default), and as often strings made of
   * what CSV treats specially: formula characters, quotes, separators, line breaks.
   */
  private static Gen<String> cells() {
    Gen<String> awkward =
        lists()
            .of(
                Generate.pick(
                    List.of(
                        "=", "+", "-", "@", "\t", "\r", "\n", "'", "\"", ",", ";", " ", "a", "é")))
            .ofSizeBetween(0, 12)
            .map(parts -> String.join("", parts));
    return strings().allPossible().ofLengthBetween(0, 255).mix(awkward, 50);
  }

  @Test
  void appendTextCellIsPrefixThenEscape() {
    qt().withExamples(1000)
        .forAll(cells(), Generate.enumValues(CsvDialect.class))
        .checkAssert(
            (cell, dialect) -> {
              StringBuilder b = new StringBuilder();
              CsvText.appendTextCell(b, cell, dialect.separator());
              assertThat(b.toString())
                  .isEqualTo(CsvText.escape(CsvText.prefixFormula(cell), dialect));
            });
  }

  @Test
  void stripUndoesPrefixUnlessTheCellLooksPrefixedAlready() {
    qt().withExamples(1000)
        .forAll(cells())
        .checkAssert(
            cell -> {
              if (!CsvText.hasFormulaPrefix(cell)) {
                assertThat(CsvText.stripFormulaPrefix(CsvText.prefixFormula(cell))).isEqualTo(cell);
              }
            });
  }
}
