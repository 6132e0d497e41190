package be.terrain.core;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A stable problem code with its message in English and French, e.g. {@code TER-0104 not a calendar
 * date}. Terrain's own codes are constants of {@link ProblemCodes}; a plugin defines its own with a
 * prefix of its choosing. Messages are {@link String#format} templates whose arguments the problem
 * supplies.
 *
 * @param code the stable code, e.g. {@code TER-0104}
 * @param messageEn English message template
 * @param messageFr French message template
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProblemCode(String code, String messageEn, String messageFr) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]{4}");

  /**
   * Validates the code's form.
   *
   * @param code the stable code, e.g. {@code TER-0104}
   * @param messageEn English message template
   * @param messageFr French message template
   * @throws IllegalArgumentException when the code is not like {@code ABC-0123}
   */
  public ProblemCode {
    requireNonNull(code, "code");
    requireNonNull(messageEn, "messageEn");
    requireNonNull(messageFr, "messageFr");
    Preconditions.checkArgument(
        CODE.matcher(code).matches(), "problem code '%s' is not like TER-0123", code);
  }

  /**
   * {@return the message in a language (Dutch falls back to English)}
   *
   * @param language the language of the message
   * @param args the values of the template's placeholders, in order
   */
  public String message(Language language, Object... args) {
    String template = language == Language.FR ? messageFr : messageEn;
    return args.length == 0 ? template : String.format(java.util.Locale.ROOT, template, args);
  }

  @Override
  public String toString() {
    return code;
  }
}
