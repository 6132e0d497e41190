package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.validation.CodeOf;
import be.terrain.core.validation.TerrainId;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A person's situation as assessed on a date. A report uses, per attribute, the latest non-empty
 * value dated on or before the period's end; an empty attribute never hides an older value.
 *
 * @param personId the person's id
 * @param date assessment date
 * @param financialResource main {@code financial_resource}
 * @param housing {@code housing} code
 * @param employment {@code employment} code
 * @param healthCoverage {@code health_coverage} code
 * @param setting {@code setting} code: where the person mainly works
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProfileSnapshot(
    @TerrainId String personId,
    LocalDate date,
    Optional<@CodeOf("financial_resource") String> financialResource,
    Optional<@CodeOf("housing") String> housing,
    Optional<@CodeOf("employment") String> employment,
    Optional<@CodeOf("health_coverage") String> healthCoverage,
    Optional<@CodeOf("setting") String> setting) {

  /**
   * Refuses nulls; everything else is checked by validation.
   *
   * @param personId the person's id
   * @param date assessment date
   * @param financialResource main {@code financial_resource}
   * @param housing {@code housing} code
   * @param employment {@code employment} code
   * @param healthCoverage {@code health_coverage} code
   * @param setting {@code setting} code: where the person mainly works
   */
  public ProfileSnapshot {
    requireNonNull(personId, "personId");
    requireNonNull(date, "date");
    requireNonNull(financialResource, "financialResource");
    requireNonNull(housing, "housing");
    requireNonNull(employment, "employment");
    requireNonNull(healthCoverage, "healthCoverage");
    requireNonNull(setting, "setting");
  }

  /**
   * {@return an empty assessment, to fill with the {@code with} methods}
   *
   * @param personId the person's id
   * @param date assessment date
   */
  public static ProfileSnapshot of(String personId, LocalDate date) {
    return new ProfileSnapshot(
        personId,
        date,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * {@return a copy with the financial resource}
   *
   * @param code a {@code financial_resource} code
   */
  public ProfileSnapshot withFinancialResource(String code) {
    return new ProfileSnapshot(
        personId, date, Optional.of(code), housing, employment, healthCoverage, setting);
  }

  /**
   * {@return a copy with the housing}
   *
   * @param code a {@code housing} code
   */
  public ProfileSnapshot withHousing(String code) {
    return new ProfileSnapshot(
        personId, date, financialResource, Optional.of(code), employment, healthCoverage, setting);
  }

  /**
   * {@return a copy with the employment}
   *
   * @param code an {@code employment} code
   */
  public ProfileSnapshot withEmployment(String code) {
    return new ProfileSnapshot(
        personId, date, financialResource, housing, Optional.of(code), healthCoverage, setting);
  }

  /**
   * {@return a copy with the health coverage}
   *
   * @param code a {@code health_coverage} code
   */
  public ProfileSnapshot withHealthCoverage(String code) {
    return new ProfileSnapshot(
        personId, date, financialResource, housing, employment, Optional.of(code), setting);
  }

  /**
   * {@return a copy with the setting}
   *
   * @param code a {@code setting} code
   */
  public ProfileSnapshot withSetting(String code) {
    return new ProfileSnapshot(
        personId, date, financialResource, housing, employment, healthCoverage, Optional.of(code));
  }
}
