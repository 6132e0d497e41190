package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.testing.Datasets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

class DatasetsTest {
  @Provide
  Arbitrary<Dataset> datasets() {
    return Datasets.valid();
  }

  @Property(tries = 200)
  void generatedDatasetsAreValid(@ForAll("datasets") Dataset d) {
    assertThat(d.validate(Datasets.TODAY).problems()).isEmpty();
  }
}
