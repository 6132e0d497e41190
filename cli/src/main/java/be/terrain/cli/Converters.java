package be.terrain.cli;

import be.terrain.core.Language;
import be.terrain.csv.CsvDialect;
import be.terrain.stats.Rounding;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The command line's option values, each refused with a one-line reason. */
final class Converters {
  private Converters() {}

  /** An ISO date, {@code 2026-01-01}. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate d = parse(value, LocalDate::parse, "a date (YYYY-MM-DD, e.g. 2026-01-01)");
      if (d.getYear() < OptionChecks.FIRST_YEAR || d.getYear() > OptionChecks.LAST_YEAR) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a date from "
                + OptionChecks.FIRST_YEAR
                + "-01-01 to "
                + OptionChecks.LAST_YEAR
                + "-12-31");
      }
      return d;
    }
  }

  /** {@code rfc4180} or {@code excel-fr}. */
  static final class Dialect implements ITypeConverter<CsvDialect> {
    @Override
    public CsvDialect convert(String value) {
      return parse(value, CsvDialect::parse, "a CSV dialect (rfc4180 or excel-fr)");
    }
  }

  /** {@code half-up} or {@code largest-remainder}. */
  static final class RoundingName implements ITypeConverter<Rounding> {
    @Override
    public Rounding convert(String value) {
      return parse(value, Rounding::parse, "a rounding (half-up or largest-remainder)");
    }
  }

  /** {@code fr}, {@code nl} or {@code en}. */
  static final class LanguageTag implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return parse(value, Language::parse, "a language (fr, nl or en)");
    }
  }

  private static <T> T parse(String value, Function<String, T> parser, String expected) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new TypeConversionException("'" + value + "' is not " + expected);
    }
  }
}
