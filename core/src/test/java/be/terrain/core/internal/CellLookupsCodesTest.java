package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A code list is indexed once ({@link CellLookups#codes}), not at every read (issue #17: a small
 * dataset's read spent a tenth of its time indexing the same lists); a list of another registry,
 * even with the same id, has its own codes.
 */
class CellLookupsCodesTest {
  @Test
  void aListIsIndexedOnce() {
    CodeList channels = CodeRegistry.standard().list("contact_channel");
    assertThat(CellLookups.codes(channels)).isSameAs(CellLookups.codes(channels));
    assertThat(CellLookups.codes(channels).listId()).isEqualTo("contact_channel");
    for (int i = 0; i < channels.size(); i++) {
      assertThat(CellLookups.codes(channels).indexOf(channels.get(i).code())).isEqualTo(i);
    }
    assertThat(CellLookups.codes(channels).indexOf("NOT_A_CHANNEL")).isEqualTo(-1);
  }

  @Test
  void aListOfAnotherRegistryHasItsOwnCodes() {
    CodeList standard = CodeRegistry.standard().list("pathogen");
    CodeList more =
        CodeRegistry.builder()
            .addCodes("pathogen", List.of(Code.of("pathogen", "P_EXTRA", "P", "P", "P")))
            .build()
            .list("pathogen");
    assertThat(CellLookups.codes(standard).indexOf("P_EXTRA")).isEqualTo(-1);
    assertThat(CellLookups.codes(more).indexOf("P_EXTRA")).isEqualTo(standard.size());
    assertThat(CellLookups.codes(more)).isNotSameAs(CellLookups.codes(standard));
  }
}
