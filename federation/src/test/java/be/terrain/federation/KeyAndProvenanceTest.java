package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The federation key and the provenance hash, as federation.md defines them. */
class KeyAndProvenanceTest {
  @TempDir Path dir;

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aKeyIsEveryByteOfItsFileAndNeverShown() throws Exception {
    byte[] bytes = "0123456789abcdef\n".getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("key"), bytes);
    FederationKey key = FederationKey.read(file);
    assertThat(key.keyId()).isEqualTo(sha256(bytes).substring(0, 8));
    assertThat(key.toString()).doesNotContain("0123456789abcdef").contains(key.keyId());
    assertThat(key).isEqualTo(FederationKey.of(bytes));
    Path shorter =
        Files.write(dir.resolve("short"), "0123456789abcde".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> FederationKey.read(shorter))
        .isInstanceOf(FederationKeyException.class)
        .hasMessageNotContaining("0123456789abcde\"");
    assertThatThrownBy(() -> FederationKey.read(dir.resolve("absent")))
        .isInstanceOf(FederationKeyException.class);
  }

  @Test
  void theHashIsTheFirstEightBytesOfTheHmacBigEndian() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    byte[] k = "0123456789abcdef\n".getBytes(StandardCharsets.UTF_8);
    mac.init(new javax.crypto.spec.SecretKeySpec(k, "HmacSHA256"));
    byte[] h = mac.doFinal("AB-1990".getBytes(StandardCharsets.UTF_8));
    long expected = java.nio.ByteBuffer.wrap(h).getLong();
    assertThat(FederationKey.of(k).hash("AB-1990")).isEqualTo(expected);
  }

  @Test
  void aFolderHashesItsRecordFilesInTheSpecsOrderAndAFileItsBytes() throws Exception {
    Files.writeString(dir.resolve("persons.csv"), "p\n");
    Files.writeString(dir.resolve("organisation.csv"), "o\n");
    Files.writeString(dir.resolve("contacts.csv"), "c\n");
    Files.writeString(dir.resolve("notes.txt"), "ignored\n");
    assertThat(Provenance.sha256(dir))
        .isEqualTo(sha256("o\np\nc\n".getBytes(StandardCharsets.UTF_8)));
    Path json = Files.writeString(dir.resolve("d.json"), "{}");
    assertThat(Provenance.sha256(json)).isEqualTo(sha256("{}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void recordsAreTheRowsOfEveryTableTheOrganisationIncluded() {
    var d = be.terrain.testing.MiniCsv.reference();
    long rows = 0;
    for (be.terrain.core.RecordKind k : be.terrain.core.RecordKind.values()) {
      rows += d.size(k);
    }
    assertThat(Provenance.records(d)).isEqualTo(rows).isGreaterThan(d.persons().size() + 1L);
  }
}
