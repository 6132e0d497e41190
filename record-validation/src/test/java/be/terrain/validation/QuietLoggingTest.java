package be.terrain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator logs through JBoss Logging, which would otherwise fall back on
 * java.util.logging and print HV000001 at INFO on standard error: this module routes it to SLF4J (a
 * service file), so that the application's SLF4J binding decides, and nothing is printed without
 * one.
 */
class QuietLoggingTest {
  @Test
  void hibernateValidatorLogsThroughSlf4j() {
    org.jboss.logging.Logger logger = org.jboss.logging.Logger.getLogger("org.hibernate.validator");

    assertThat(logger.getClass().getName()).startsWith("org.jboss.logging.Slf4j");
  }
}
