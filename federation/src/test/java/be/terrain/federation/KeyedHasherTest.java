package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast keyed hasher gives the JDK's HMAC-SHA-256, for short and long keys and codes. */
class KeyedHasherTest {
  @Test
  void theHasherGivesTheJdksHmac() {
    Random random = new Random(14);
    for (int keyLength : new int[] {16, 17, 63, 64, 65, 200}) {
      byte[] bytes = new byte[keyLength];
      random.nextBytes(bytes);
      FederationKey key = FederationKey.of(bytes);
      KeyedHasher hasher = key.newHasher();
      for (int c = 0; c < 200; c++) {
        byte[] code = new byte[random.nextInt(130)];
        random.nextBytes(code);
        assertThat(hasher.hash(code))
            .as("key of %d bytes, code of %d", keyLength, code.length)
            .isEqualTo(FederationKey.hash(key.newMac(), code));
      }
    }
  }
}
