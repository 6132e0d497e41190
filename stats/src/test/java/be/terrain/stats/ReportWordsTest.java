package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Language;
import org.junit.jupiter.api.Test;

class ReportWordsTest {
  @Test
  void provincesInEachLanguageAndUnknownCodesAsThemselves() {
    assertThat(ReportWords.province("BE-WHT", Language.FR)).isEqualTo("Hainaut");
    assertThat(ReportWords.province("BE-WHT", Language.NL)).isEqualTo("Henegouwen");
    assertThat(ReportWords.province("BE-VOV", Language.EN)).isEqualTo("East Flanders");
    assertThat(ReportWords.province("BE-BRU", Language.NL)).isEqualTo("Brussel-Hoofdstad");
    assertThat(ReportWords.province("NL-ZH", Language.FR)).isEqualTo("NL-ZH");
  }

  @Test
  void measuresAndLevels() {
    assertThat(ReportWords.measure(Measure.PERSONS, Language.FR)).isEqualTo("personnes");
    assertThat(ReportWords.measure(Measure.ACTS, Language.NL)).isEqualTo("handelingen");
    assertThat(ReportWords.measure(Measure.UNITS, Language.EN)).isEqualTo("units");
    assertThat(ReportWords.level(Scope.Level.ANTENNA, Language.EN)).isEqualTo("Antenna");
    assertThat(ReportWords.level(Scope.Level.PROVINCE, Language.NL)).isEqualTo("Provincie");
    assertThat(ReportWords.level(Scope.Level.ORGANISATION, Language.FR)).isEqualTo("Organisation");
  }
}
