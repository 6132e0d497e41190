/**
 * Terrain's domain: records, code lists, the compact {@code Dataset}, validation and distribution
 * rules, and core's SPI for plugins.
 */
module be.terrain.core {
  requires transitive com.google.common;
  requires static jakarta.validation;
  requires org.slf4j;
  requires static org.apiguardian.api;

  exports be.terrain.core;
  exports be.terrain.core.rules;
  exports be.terrain.core.spi;
  exports be.terrain.core.validation;
  // The field and kind rules, written once, for the one-record path (terrain-record-validation).
  exports be.terrain.core.internal to
      be.terrain.validation;

  // Bean Validation (terrain-record-validation) reads the records' constraints reflectively.
  opens be.terrain.core to
      org.hibernate.validator;
}
