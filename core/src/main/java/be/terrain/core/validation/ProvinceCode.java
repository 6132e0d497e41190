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

/** The ISO 3166-2 code of a Belgian province or region, e.g. {@code BE-WHT} (TER-0109). */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface ProvinceCode {
  /** {@return the message template} */
  String message() default "TER-0109";

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
