package be.terrain.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class QuoteWatchTest {
  @Property
  void findsAQuoteExactlyWhenTheBytesHoldOne(
      @ForAll @Size(max = 40) byte[] bytes, @ForAll @IntRange(max = 8) int skip) {
    int off = Math.min(skip, bytes.length);
    boolean expected = false;
    for (int i = off; i < bytes.length; i++) {
      expected |= bytes[i] == '"';
    }
    assertThat(QuoteWatch.containsQuote(bytes, off, bytes.length - off)).isEqualTo(expected);
  }

  @Test
  void aQuoteInEveryPositionOfAWordIsFound() {
    for (int p = 0; p < 17; p++) {
      byte[] b = "abcdefghijklmnopq".getBytes(StandardCharsets.US_ASCII);
      b[p] = '"';
      assertThat(QuoteWatch.containsQuote(b, 0, b.length)).as("quote at %d", p).isTrue();
      assertThat(QuoteWatch.containsQuote(b, 0, p)).as("before %d", p).isFalse();
    }
  }

  @Test
  void bytesNextToTheQuoteAreNotTakenForOne() {
    // 0x21 and 0x23 differ from '"' in the lowest bit only; 0xA2 in the highest
    byte[] b = {0x21, 0x23, (byte) 0xA2, 0x02, 0x20, 0x62, 0x12, 0x32, 0x21, 0x23};
    assertThat(QuoteWatch.containsQuote(b, 0, b.length)).isFalse();
  }

  @Test
  void theStreamNotesAQuoteOnceItHasBeenRead() throws IOException {
    byte[] text = "id,name\nx,\"y\"\n".getBytes(StandardCharsets.UTF_8);
    try (QuoteWatch w = new QuoteWatch(new ByteArrayInputStream(text))) {
      byte[] buf = new byte[10];
      assertThat(w.read(buf, 0, 10)).isEqualTo(10);
      assertThat(w.seen()).isFalse();
      assertThat(w.read(buf, 0, 10)).isEqualTo(4);
      assertThat(w.seen()).isTrue();
    }
  }
}
