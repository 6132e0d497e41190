package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The standard code lists as shipped, and registration of more codes and lists. */
class CodeRegistryTest {
  private static final CodeRegistry STANDARD = CodeRegistry.standard();

  /** The data lines of the shipped code-lists.csv, split here apart from core's own reader. */
  private static List<String[]> csvLines() throws IOException {
    try (InputStream in =
        CodeRegistry.class.getResourceAsStream("/be/terrain/core/code-lists.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String[]> out = new ArrayList<>();
      String[] lines = text.split("\r?\n");
      assertThat(lines[0]).isEqualTo("list,code,label_fr,label_nl,label_en,group");
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isEmpty()) {
          continue;
        }
        // Split on commas outside quotes, then unquote.
        String[] cells = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c].startsWith("\"")) {
            cells[c] = cells[c].substring(1, cells[c].length() - 1).replace("\"\"", "\"");
          }
        }
        assertThat(cells).as("line %s", i + 1).hasSize(6);
        out.add(cells);
      }
      return out;
    }
  }

  private static Code code(String list, String code) {
    return Code.of(list, code, code + " fr", code + " nl", code + " en");
  }

  private static List<String> codesOf(CodeRegistry r, String list) {
    return r.list(list).codes().stream().map(Code::code).toList();
  }

  @Test
  void everyCodeOfTheFileLoadsWithItsThreeLabels() throws IOException {
    List<String[]> lines = csvLines();
    int total = STANDARD.lists().stream().mapToInt(CodeList::size).sum();
    assertThat(total).isEqualTo(lines.size()).isGreaterThan(100);
    for (String[] cells : lines) {
      Code c =
          STANDARD
              .list(cells[0])
              .find(cells[1])
              .orElseThrow(() -> new AssertionError(cells[0] + "." + cells[1]));
      assertThat(c.label(Language.FR)).isEqualTo(cells[2]).isNotEmpty();
      assertThat(c.label(Language.NL)).isEqualTo(cells[3]).isNotEmpty();
      assertThat(c.label(Language.EN)).isEqualTo(cells[4]).isNotEmpty();
      assertThat(c.group())
          .isEqualTo(cells[5].isEmpty() ? Optional.empty() : Optional.of(cells[5]));
    }
    assertThat(STANDARD.list("housing").find("ADEQUATE").orElseThrow().labelEn())
        .isEqualTo("Yes, adequate and independent housing");
  }

  @Test
  void listsAndCodesAreInFileOrder() throws IOException {
    List<String[]> lines = csvLines();
    LinkedHashSet<String> listOrder = new LinkedHashSet<>();
    lines.forEach(l -> listOrder.add(l[0]));
    assertThat(STANDARD.listIds()).containsExactlyElementsOf(listOrder);
    assertThat(STANDARD.lists()).extracting(CodeList::id).containsExactlyElementsOf(listOrder);
    for (String list : listOrder) {
      List<String> fileCodes =
          lines.stream().filter(l -> l[0].equals(list)).map(l -> l[1]).toList();
      assertThat(codesOf(STANDARD, list)).as(list).containsExactlyElementsOf(fileCodes);
      CodeList cl = STANDARD.list(list);
      for (int i = 0; i < cl.size(); i++) {
        assertThat(cl.indexOf(cl.get(i).code())).isEqualTo(i);
      }
    }
  }

  @Test
  void itemsCarryTheirGroupAndOnlyThey() {
    CodeList groups = STANDARD.list("item_group");
    for (Code item : STANDARD.list("item").codes()) {
      assertThat(item.group()).as(item.code()).isPresent();
      assertThat(groups.contains(item.group().get())).as(item.code()).isTrue();
    }
    assertThat(STANDARD.list("item").find("TICKET_S").orElseThrow().group()).contains("VOUCHERS");
    STANDARD.lists().stream()
        .filter(l -> !l.id().equals("item"))
        .flatMap(l -> l.codes().stream())
        .forEach(c -> assertThat(c.group()).as(c.list() + "." + c.code()).isEmpty());
  }

  @Test
  void codesAreCaseSensitiveAndUntrimmed() {
    CodeList channels = STANDARD.list("contact_channel");
    assertThat(channels.indexOf("street")).isEqualTo(-1);
    assertThat(channels.indexOf(" STREET")).isEqualTo(-1);
    assertThat(channels.contains("STREET")).isTrue();
    assertThat(channels.hasUnknown()).isFalse();
    assertThat(STANDARD.list("housing").hasUnknown()).isTrue();
  }

  @Test
  void addedCodesGoBeforeATrailingUnknown() {
    CodeRegistry r =
        CodeRegistry.builder()
            .addCodes("housing", List.of(code("housing", "SQUAT"), code("housing", "HOSTEL")))
            .addCodes("contact_channel", List.of(code("contact_channel", "FESTIVAL")))
            .build();
    assertThat(codesOf(r, "housing"))
        .containsExactly("ADEQUATE", "INADEQUATE", "SQUAT", "HOSTEL", "UNKNOWN");
    assertThat(codesOf(r, "contact_channel")).endsWith("OTHER", "FESTIVAL");
    assertThat(r.list("housing").indexOf("UNKNOWN")).isEqualTo(4);
    assertThat(codesOf(STANDARD, "housing")).containsExactly("ADEQUATE", "INADEQUATE", "UNKNOWN");
    assertThat(r).isNotEqualTo(STANDARD);
    assertThat(CodeRegistry.builder().build()).isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
  }

  @Test
  void aCodeThatClashesOrBelongsElsewhereIsRefusedAndLeavesTheBuilderAsItWas() {
    CodeRegistry.Builder b = CodeRegistry.builder();
    assertThatThrownBy(() -> b.addCodes("sex", List.of(code("sex", "Y"), code("sex", "F"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'F'")
        .hasMessageContaining("'sex'");
    assertThatThrownBy(() -> b.addCodes("sex", List.of(code("sex", "Y"), code("sex", "Y"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Y'");
    assertThatThrownBy(() -> b.addCodes("sex", List.of(code("role", "Y"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role");
    assertThatThrownBy(() -> b.addCodes("no_such_list", List.of(code("no_such_list", "Y"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_such_list");
    assertThat(b.build()).isEqualTo(STANDARD);
  }

  @Test
  void aNewListIsAddedOnceAfterTheStandardOnes() {
    CodeList tools = CodeList.of("tool", List.of(code("tool", "A"), code("tool", "B")));
    CodeRegistry r = CodeRegistry.builder().addList(tools).build();
    assertThat(r.list("tool")).isEqualTo(tools);
    assertThat(r.listIds()).endsWith("tool").hasSize(STANDARD.listIds().size() + 1);
    assertThatThrownBy(() -> r.toBuilder().addList(tools))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'tool'");
    assertThatThrownBy(
            () -> CodeRegistry.builder().addList(CodeList.of("sex", List.of(code("sex", "Z")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sex'");
    assertThat(STANDARD.find("tool")).isEmpty();
    assertThatThrownBy(() -> STANDARD.list("tool")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCodeListRefusesNoCodesDuplicatesAndStrangers() {
    assertThatThrownBy(() -> CodeList.of("x", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CodeList.of("x", List.of(code("x", "A"), code("x", "A"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> CodeList.of("x", List.of(code("y", "A"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCodeIsAValue() {
    new EqualsTester()
        .addEqualityGroup(code("sex", "F"), code("sex", "F"))
        .addEqualityGroup(code("sex", "M"))
        .addEqualityGroup(code("role", "F"))
        .addEqualityGroup(Code.of("sex", "F", "other", "F nl", "F en"))
        .addEqualityGroup(new Code("item", "F", "F fr", "F nl", "F en", Optional.of("G")))
        .addEqualityGroup(new Code("item", "F", "F fr", "F nl", "F en", Optional.of("H")))
        .testEquals();
    assertThatThrownBy(() -> Code.of("sex", "F", "", "nl", "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sex.F");
    assertThatThrownBy(() -> Code.of("sex", " ", "fr", "nl", "en"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Code.of("", "F", "fr", "nl", "en"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester t = new NullPointerTester();
    t.testAllPublicConstructors(Code.class);
    t.testAllPublicStaticMethods(Code.class);
    t.testAllPublicInstanceMethods(code("sex", "F"));
    t.testAllPublicStaticMethods(CodeList.class);
    t.testAllPublicInstanceMethods(CodeRegistry.builder());
  }
}
