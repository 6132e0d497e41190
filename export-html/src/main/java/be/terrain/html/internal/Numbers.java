package be.terrain.html.internal;

import be.terrain.core.Language;
import java.math.BigDecimal;

/**
 * Numbers in a language's conventions. French groups thousands with a narrow no-break space
 * (U+202F, as CLDR does: {@code 1 881}) and puts a no-break space (U+00A0) before the percent sign
 * ({@code 58 %}, {@code -59,0 %}); Dutch groups with a dot and writes {@code 58%}, {@code -59,0%};
 * English groups with a comma and writes {@code 58%}, {@code -59.0%}.
 */
public final class Numbers {
  /** The narrow no-break space French groups thousands with. */
  public static final char NARROW_NBSP = '\u202F';

  /** The no-break space before a French percent sign. */
  public static final char NBSP = '\u00A0';

  private final Language language;

  /** The conventions of a language. */
  public Numbers(Language language) {
    this.language = language;
  }

  /** A whole number with its thousands grouped. */
  public String count(long value) {
    String digits = Long.toString(Math.abs(value));
    char sep =
        switch (language) {
          case FR -> NARROW_NBSP;
          case NL -> '.';
          case EN -> ',';
        };
    StringBuilder b = new StringBuilder(digits.length() + 4);
    if (value < 0) {
      b.append('-');
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    b.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      b.append(sep).append(digits, i, i + 3);
    }
    return b.toString();
  }

  /** A whole percent: {@code 58 %} (fr), {@code 58%} (nl, en). */
  public String percent(long value) {
    return count(value) + percentSign();
  }

  /** A signed change with one decimal: {@code -59,0 %}, {@code +12,5 %}, {@code 0,0 %}. */
  public String change(BigDecimal value) {
    String plain = value.toPlainString();
    String signed = value.signum() > 0 ? "+" + plain : plain;
    return (language == Language.EN ? signed : signed.replace('.', ',')) + percentSign();
  }

  private String percentSign() {
    return language == Language.FR ? NBSP + "%" : "%";
  }
}
