package be.terrain.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvDialectTest {
  @Test
  void parsesItsTags() {
    assertThat(CsvDialect.parse("rfc4180")).isEqualTo(CsvDialect.RFC4180);
    assertThat(CsvDialect.parse("excel-fr")).isEqualTo(CsvDialect.EXCEL_FR);
    assertThat(CsvDialect.EXCEL_FR.tag()).isEqualTo("excel-fr");
    assertThat(CsvDialect.RFC4180.tag()).isEqualTo("rfc4180");
    assertThatThrownBy(() -> CsvDialect.parse("excel"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'excel'")
        .hasMessageContaining("rfc4180 or excel-fr");
  }

  @Test
  void writesWhatTheSpecSays() {
    assertThat(CsvDialect.RFC4180.separator()).isEqualTo(',');
    assertThat(CsvDialect.RFC4180.lineEnd()).isEqualTo("\n");
    assertThat(CsvDialect.RFC4180.writesBom()).isFalse();
    assertThat(CsvDialect.EXCEL_FR.separator()).isEqualTo(';');
    assertThat(CsvDialect.EXCEL_FR.lineEnd()).isEqualTo("\r\n");
    assertThat(CsvDialect.EXCEL_FR.writesBom()).isTrue();
  }

  @Test
  void detectsExcelFrOnlyWhenTheHeaderHasASemicolonAndNoComma() {
    assertThat(CsvDialect.detect("id;name")).isEqualTo(CsvDialect.EXCEL_FR);
    assertThat(CsvDialect.detect("id,name")).isEqualTo(CsvDialect.RFC4180);
    assertThat(CsvDialect.detect("id;name,x")).isEqualTo(CsvDialect.RFC4180);
    assertThat(CsvDialect.detect("id")).isEqualTo(CsvDialect.RFC4180);
  }
}
