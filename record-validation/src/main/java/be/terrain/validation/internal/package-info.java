/**
 * The Bean Validation validators of the constraints of {@link be.terrain.core.validation}, each
 * delegating to core's {@code be.terrain.core.internal.FieldRules}. Registered through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}. Not part of the API.
 */
package be.terrain.validation.internal;
