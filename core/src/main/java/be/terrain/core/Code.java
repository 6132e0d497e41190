package be.terrain.core;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One code of a code list, with its display labels in French, Dutch and English and, for the {@code
 * item} list, the {@code item_group} it belongs to. Labels are for display only and never appear in
 * data files. Immutable.
 *
 * @param list the id of the list the code belongs to, e.g. {@code sex}
 * @param code the code as written in data files, e.g. {@code F}
 * @param labelFr French label
 * @param labelNl Dutch label
 * @param labelEn English label
 * @param group the code's group in another list (only items have one)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Code(
    String list,
    String code,
    String labelFr,
    String labelNl,
    String labelEn,
    Optional<String> group) {

  /** The code every list that can be unknown carries last. */
  public static final String UNKNOWN = "UNKNOWN";

  /**
   * Validates the code.
   *
   * @param list the id of the list the code belongs to, e.g. {@code sex}
   * @param code the code as written in data files, e.g. {@code F}
   * @param labelFr French label
   * @param labelNl Dutch label
   * @param labelEn English label
   * @param group the code's group in another list (only items have one)
   * @throws IllegalArgumentException when the list or code is blank or a label is empty
   */
  public Code {
    requireNonNull(list, "list");
    requireNonNull(code, "code");
    requireNonNull(labelFr, "labelFr");
    requireNonNull(labelNl, "labelNl");
    requireNonNull(labelEn, "labelEn");
    requireNonNull(group, "group");
    Preconditions.checkArgument(!list.isBlank(), "code list id must not be blank");
    Preconditions.checkArgument(!code.isBlank(), "code in list %s must not be blank", list);
    Preconditions.checkArgument(
        !labelFr.isEmpty() && !labelNl.isEmpty() && !labelEn.isEmpty(),
        "code %s.%s needs a label in fr, nl and en",
        list,
        code);
  }

  /**
   * {@return a code without group}
   *
   * @param list the id of the list the code belongs to, e.g. {@code sex}
   * @param code the code as written in data files, e.g. {@code F}
   * @param labelFr French label
   * @param labelNl Dutch label
   * @param labelEn English label
   */
  public static Code of(String list, String code, String labelFr, String labelNl, String labelEn) {
    return new Code(list, code, labelFr, labelNl, labelEn, Optional.empty());
  }

  /**
   * {@return the label in the given language}
   *
   * @param language the language of the label to return
   */
  public String label(Language language) {
    return switch (language) {
      case FR -> labelFr;
      case NL -> labelNl;
      case EN -> labelEn;
    };
  }
}
