/**
 * Bean Validation constraints that the record types carry, for records an application builds one at
 * a time. Each constraint's message is the stable problem code it yields; the rules behind them are
 * the same ones the dataset builder applies on its bulk path. Their validators are in the optional
 * module {@code terrain-record-validation} ({@code be.terrain.validation.RecordValidator}),
 * registered there through {@code META-INF/services/jakarta.validation.ConstraintValidator}: core
 * depends on no implementation, and the Bean Validation API is optional, the JVM ignoring these
 * annotations on the records when it is absent.
 */
package be.terrain.core.validation;
