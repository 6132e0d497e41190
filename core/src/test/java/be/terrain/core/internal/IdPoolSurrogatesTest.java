package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue #17, leftover of defects 4 and 11): the pool keyed ids by their UTF-8 bytes, in
 * which every lone surrogate became {@code ?}: {@code p-\ud800} and {@code p-\ud801} were one id,
 * which came back as {@code p-?}.
 */
class IdPoolSurrogatesTest {
  @Test
  void idsDifferingOnlyByLoneSurrogatesStayApartAndComeBackAsWritten() {
    List<String> ids =
        List.of(
            "p-\ud800",
            "p-\ud801",
            "p-\udc00",
            "p-?",
            "p-\ud83d\ude00",
            "\ud83d\ude00\ud800é",
            "\udc00\ud800",
            "é-\uDBFF",
            "p-\ufffd");
    IdPool pool = new IdPool();
    int[] index = new int[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      index[i] = pool.intern(ids.get(i));
    }
    assertThat(pool.size()).isEqualTo(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      assertThat(pool.get(index[i])).isEqualTo(ids.get(i));
      assertThat(pool.intern(ids.get(i))).isEqualTo(index[i]);
      assertThat(pool.find(ids.get(i))).isEqualTo(index[i]);
    }
  }
}
