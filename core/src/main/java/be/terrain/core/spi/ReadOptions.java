package be.terrain.core.spi;

import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeRegistry;
import java.time.LocalDate;

/**
 * What a {@link DatasetFormat} reads with. A record, so that a later minor SPI version can add a
 * setting with a default without breaking formats.
 *
 * @param codes the code lists codes are checked against: Terrain's merged registry, with plugins'
 *     lists and codes
 * @param today the day the input is read, for the date rules
 */
public record ReadOptions(CodeRegistry codes, LocalDate today) {
  /** Checks for nulls. */
  public ReadOptions {
    requireNonNull(codes, "codes");
    requireNonNull(today, "today");
  }

  /** The standard code lists, as of a day. */
  public static ReadOptions standard(LocalDate today) {
    return new ReadOptions(CodeRegistry.standard(), today);
  }
}
