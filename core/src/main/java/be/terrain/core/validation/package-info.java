/**
 * Bean Validation constraints that the record types carry, for records an application builds one at
 * a time. Each constraint's message is the stable problem code it yields; the rules behind them are
 * the same ones the dataset builder applies on its bulk path. Their validators are internal and
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}, so that this
 * package does not depend on the implementation.
 */
package be.terrain.core.validation;
