package be.terrain.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.csv.CsvDialect;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CsvTextTest {
  @Test
  void prefixesWhatASpreadsheetWouldRun() {
    for (String s : new String[] {"=1+1", "+32", "-abc", "@SUM", "\tx", "\rx"}) {
      assertThat(CsvText.prefixFormula(s)).isEqualTo("'" + s);
    }
    assertThat(CsvText.prefixFormula("abc")).isEqualTo("abc");
    assertThat(CsvText.prefixFormula("'=x")).isEqualTo("'=x");
    assertThat(CsvText.prefixFormula("")).isEmpty();
  }

  @Test
  void stripsOnePrefixBeforeAFormulaCharacterOnly() {
    assertThat(CsvText.stripFormulaPrefix("'=SUM(1)")).isEqualTo("=SUM(1)");
    assertThat(CsvText.stripFormulaPrefix("''=x")).isEqualTo("''=x");
    assertThat(CsvText.stripFormulaPrefix("'hello")).isEqualTo("'hello");
    assertThat(CsvText.stripFormulaPrefix("'")).isEqualTo("'");
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

  @Property
  void appendTextCellIsPrefixThenEscape(@ForAll String cell, @ForAll CsvDialect dialect) {
    StringBuilder b = new StringBuilder();
    CsvText.appendTextCell(b, cell, dialect.separator());
    assertThat(b.toString()).isEqualTo(CsvText.escape(CsvText.prefixFormula(cell), dialect));
  }

  @Property
  void stripUndoesPrefixUnlessTheCellLooksPrefixedAlready(@ForAll String cell) {
    if (!CsvText.hasFormulaPrefix(cell)) {
      assertThat(CsvText.stripFormulaPrefix(CsvText.prefixFormula(cell))).isEqualTo(cell);
    }
  }
}
