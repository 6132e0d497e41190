package be.terrain.testkit;

import be.terrain.stats.Dimension;
import be.terrain.stats.Dimensions;
import be.terrain.stats.Population;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The standard dimensions pass the kit: the kit's first users. */
@DisplayName("The standard dimensions")
class StandardDimensionsConformanceTest {
  @Nested
  @DisplayName("sex")
  class Sex extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.SEX;
    }
  }

  @Nested
  @DisplayName("age_band")
  class AgeBand extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.AGE_BAND;
    }
  }

  @Nested
  @DisplayName("nationality_group")
  class NationalityGroup extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.NATIONALITY_GROUP;
    }
  }

  @Nested
  @DisplayName("housing (a profile attribute)")
  class Housing extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.HOUSING;
    }
  }

  @Nested
  @DisplayName("new_contact")
  class NewContact extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.NEW_CONTACT;
    }
  }

  @Nested
  @DisplayName("contact_channel")
  class ContactChannel extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.CONTACT_CHANNEL;
    }
  }

  @Nested
  @DisplayName("nursing_act, over nursing care rows")
  class NursingAct extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.NURSING_ACT;
    }

    @Override
    protected Optional<Population> domain() {
      return Optional.of(Population.NURSING_CARE_ROWS);
    }
  }

  @Nested
  @DisplayName("pathogen (multi-valued), over rapid tests")
  class Pathogen extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.PATHOGEN;
    }

    @Override
    protected Optional<Population> domain() {
      return Optional.of(Population.RAPID_TEST_ROWS);
    }
  }

  @Nested
  @DisplayName("consultation coverage, over medical consultations")
  class ConsultationCoverage extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.CONSULTATION_COVERAGE;
    }

    @Override
    protected Optional<Population> domain() {
      return Optional.of(Population.CONSULTATION_ROWS);
    }
  }

  @Nested
  @DisplayName("item groups of an act (multi-valued)")
  class ActItemGroups extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.ACT_ITEM_GROUPS;
    }
  }

  @Nested
  @DisplayName("item group of a row")
  class ItemGroup extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Dimensions.ITEM_GROUP;
    }
  }
}
