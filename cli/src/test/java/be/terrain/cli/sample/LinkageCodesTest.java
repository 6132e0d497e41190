package be.terrain.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.Dataset;
import be.terrain.core.Person;
import be.terrain.core.PersonTable;
import be.terrain.core.RecordKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Samples whose persons have linkage codes drawn from a shared population. */
class LinkageCodesTest {
  private static final LocalDate READ_ON = LocalDate.of(2026, 1, 1);
  private static final Scale SMALL = Scale.of("small", 300, 2_000, 400, 400, 1_000);
  private static final LinkageCodes SHARED = LinkageCodes.shared(42, 600);

  private static Set<String> codes(Dataset d) {
    Set<String> codes = new HashSet<>();
    PersonTable persons = d.persons();
    for (int p = 0; p < persons.size(); p++) {
      persons.linkageCode(p).ifPresent(codes::add);
    }
    return codes;
  }

  @Test
  void everyPersonHasADistinctValidCodeAndTheRestIsUnchanged() {
    Dataset plain = SampleGenerator.dataset(SMALL, 7);
    Dataset linked = new SampleGenerator(SMALL, 7).withLinkageCodes(SHARED).dataset();

    assertThat(linked.validateWithoutPlugins(READ_ON).problems()).isEmpty();
    assertThat(codes(linked)).hasSize(300).allMatch(c -> c.matches("lc-[0-9a-f]{16}"));
    List<Person> without = linked.persons().stream().map(p -> p.withLinkageCode(null)).toList();
    assertThat(without).isEqualTo(plain.persons());
    assertThat(linked.contacts()).isEqualTo(plain.contacts());
    assertThat(linked.distributions()).isEqualTo(plain.distributions());
    assertThat(plain.persons().anyLinkageCode()).isFalse();
  }

  @Test
  void twoMembersOfOnePopulationSharePersonsAndTheSameSeedGivesTheSameCodes() {
    Set<String> a = codes(new SampleGenerator(SMALL, 1).withLinkageCodes(SHARED).dataset());
    Set<String> b = codes(new SampleGenerator(SMALL, 2).withLinkageCodes(SHARED).dataset());
    Set<String> again = codes(new SampleGenerator(SMALL, 1).withLinkageCodes(SHARED).dataset());
    Set<String> other =
        codes(
            new SampleGenerator(SMALL, 2).withLinkageCodes(LinkageCodes.shared(43, 600)).dataset());

    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    // 300 of 600 each: about 150 in common
    assertThat(common.size()).isBetween(60, 240);
    assertThat(again).isEqualTo(a);
    other.retainAll(a);
    assertThat(other).as("another population shares nobody").isEmpty();
  }

  @Test
  void anUnlinkedShareHasNoCode() {
    Dataset d =
        new SampleGenerator(SMALL, 7).withLinkageCodes(SHARED.withUnlinkedPercent(20)).dataset();
    int unlinked = 0;
    for (int p = 0; p < d.persons().size(); p++) {
      unlinked += d.persons().hasLinkageCode(p) ? 0 : 1;
    }

    assertThat(unlinked).isBetween(30, 90);
    assertThat(d.validateWithoutPlugins(READ_ON).problems()).isEmpty();
  }

  @Test
  void theCsvFolderHasTheColumnOnlyWithCodes(@TempDir Path dir) throws IOException {
    Path with = dir.resolve("with");
    Path without = dir.resolve("without");
    new SampleGenerator(SMALL, 7).withLinkageCodes(SHARED).writeCsvFolder(with);
    SampleGenerator.writeCsvFolder(without, SMALL, 7);

    List<String> linked = Files.readAllLines(with.resolve("persons.csv"), StandardCharsets.UTF_8);
    List<String> plain = Files.readAllLines(without.resolve("persons.csv"), StandardCharsets.UTF_8);
    assertThat(linked.get(0)).isEqualTo(plain.get(0) + ",linkage_code");
    for (int i = 1; i < plain.size(); i++) {
      assertThat(linked.get(i)).startsWith(plain.get(i) + ",lc-");
    }
    assertThat(Files.readString(without.resolve("persons.csv"))).doesNotContain("linkage_code");
    for (RecordKind kind : RecordKind.values()) {
      if (kind != RecordKind.PERSON) {
        String file = CsvFolderSink.fileName(kind);
        assertThat(Files.readAllBytes(with.resolve(file)))
            .isEqualTo(Files.readAllBytes(without.resolve(file)));
      }
    }
  }

  @Test
  void aCodeDependsOnlyOnThePopulationAndTheIdentity() {
    assertThat(SHARED.code(5)).isEqualTo(LinkageCodes.shared(42, 10).code(5));
    assertThat(SHARED.code(5)).isNotEqualTo(SHARED.code(6));
    assertThatThrownBy(() -> LinkageCodes.shared(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SHARED.withUnlinkedPercent(101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
