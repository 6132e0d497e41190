/**
 * Terrain's domain: records, code lists, the compact {@code Dataset}, validation and distribution
 * rules, and core's SPI for plugins.
 */
module be.terrain.core {
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires org.slf4j;
  requires static org.apiguardian.api;

  exports be.terrain.core;
  exports be.terrain.core.rules;
  exports be.terrain.core.spi;
  exports be.terrain.core.validation;

  // Bean Validation reads the records' constraints and builds the validators reflectively.
  opens be.terrain.core to
      org.hibernate.validator;
  opens be.terrain.core.internal.constraints to
      org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      be.terrain.core.internal.constraints.CodeOfValidator,
      be.terrain.core.internal.constraints.CountryCodeValidator,
      be.terrain.core.internal.constraints.InRangeValidator,
      be.terrain.core.internal.constraints.ProvinceCodeValidator,
      be.terrain.core.internal.constraints.TerrainIdValidator;
}
