package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordKind#fieldIndex} answers what {@code fields().indexOf} does (a look-up now, since it
 * is called for every table and record made), for every field, names of no field and null.
 */
class RecordKindFieldIndexTest {
  @Test
  void everyFieldIsFoundAtItsPosition() {
    for (RecordKind kind : RecordKind.values()) {
      List<String> fields = kind.fields();
      for (int i = 0; i < fields.size(); i++) {
        assertThat(kind.fieldIndex(fields.get(i))).as("%s.%s", kind, fields.get(i)).isEqualTo(i);
        // an equal string that is not the same object
        assertThat(kind.fieldIndex(new String(fields.get(i).toCharArray()))).isEqualTo(i);
      }
    }
  }

  @Test
  void aNameOfNoFieldIsMinusOne() {
    for (RecordKind kind : RecordKind.values()) {
      for (String name : List.of("", "ID", "id ", "persons", "person", "unknown_field")) {
        assertThat(kind.fieldIndex(name)).as("%s %s", kind, name).isEqualTo(-1);
      }
    }
    assertThat(RecordKind.ORGANISATION.fieldIndex("person_id")).isEqualTo(-1);
    assertThat(RecordKind.CONTACT.fieldIndex("person_id")).isEqualTo(4);
  }

  @Test
  void nullIsRefusedAsTheListDid() {
    assertThatThrownBy(() -> RecordKind.PERSON.fieldIndex(null))
        .isInstanceOf(NullPointerException.class);
  }
}
