/**
 * Terrain's optional one-record validation: {@code RecordValidator} and the validators of core's
 * Bean Validation constraints, on Hibernate Validator. The rules are core's (its {@code internal}
 * package is exported to this module only): each is written once.
 */
module be.terrain.validation {
  requires transitive be.terrain.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.apiguardian.api;

  exports be.terrain.validation;

  // Hibernate Validator builds the validators reflectively.
  opens be.terrain.validation.internal to
      org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      be.terrain.validation.internal.CodeOfValidator,
      be.terrain.validation.internal.CountryCodeValidator,
      be.terrain.validation.internal.InRangeValidator,
      be.terrain.validation.internal.ProvinceCodeValidator,
      be.terrain.validation.internal.TerrainIdValidator;
}
