package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class ReferenceDatasetTest {
  @Test
  void theReferenceDatasetIsValid() {
    Dataset d = MiniCsv.reference();
    assertThat(d.validateWithoutPlugins(ReferenceData.READ_ON).problems()).isEmpty();
    assertThat(d.persons()).hasSize(398);
    assertThat(d.profiles()).hasSize(589);
    assertThat(d.contacts()).hasSize(3328);
    assertThat(d.accompaniments()).hasSize(1001);
    assertThat(d.health()).hasSize(1897);
    assertThat(d.distributions()).hasSize(7278);
    assertThat(d.antennas())
        .extracting(Antenna::id)
        .containsExactly("charleroi", "extra-ring", "la-louviere", "lln", "genappe");
    assertThat(d.provinces()).containsExactly("BE-WBR", "BE-WHT");
  }

  @Test
  void recordsReadBackAsWritten() {
    Dataset d = MiniCsv.reference();
    Contact c = d.contacts().get(2);
    assertThat(c.id()).isEqualTo("c-000003");
    assertThat(c.personId()).isEmpty();
    assertThat(c.count()).isEqualTo(19);
    assertThat(d.persons().get(0).nationality()).contains("CZ");
    assertThat(d.health().get(0)).isInstanceOf(MedicalConsultation.class);
    assertThat(((MedicalConsultation) d.health().get(0)).coverage()).contains("MUTUALITY");
  }
}
