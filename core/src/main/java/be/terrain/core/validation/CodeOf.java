package be.terrain.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * A code of a registered code list (TER-0103), checked against the {@link
 * be.terrain.core.CodeRegistry} the validator was made with.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface CodeOf {
  /** {@return the list's id, e.g. {@code sex}} */
  String value();

  /** {@return whether {@code UNKNOWN} is an acceptable value (it is not for {@code sex})} */
  boolean allowUnknown() default true;

  /** {@return the message template} */
  String message() default "TER-0103";

  /**
   * Validation groups.
   *
   * @return the Bean Validation groups the constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return the Bean Validation payload of the constraint
   */
  Class<? extends Payload>[] payload() default {};
}
