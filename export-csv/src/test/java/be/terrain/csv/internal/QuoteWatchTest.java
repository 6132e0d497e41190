package be.terrain.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class QuoteWatchTest {
  /** Any byte, and as often a quote or a byte one bit away from it. */
  private static Gen<Byte> bytes() {
    Gen<Byte> near =
        Generate.pick(
            java.util.List.of((byte) '"', (byte) 0x23, (byte) 0x20, (byte) 0xA2, (byte) 0x02));
    return Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0).mix(near, 30);
  }

  @Test
  void findsAQuoteExactlyWhenTheBytesHoldOne() {
    qt().withExamples(1000)
        .forAll(Generate.byteArrays(integers().between(0, 40), bytes()), integers().between(0, 8))
        .checkAssert(
            (bytes, skip) -> {
              int off = Math.min(skip, bytes.length);
              boolean expected = false;
              for (int i = off; i < bytes.length; i++) {
                expected |= bytes[i] == '"';
              }
              assertThat(QuoteWatch.containsQuote(bytes, off, bytes.length - off))
                  .isEqualTo(expected);
            });
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
