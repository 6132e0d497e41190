package be.terrain.validation.internal;

import be.terrain.core.CodeRegistry;
import be.terrain.core.internal.FieldRules;
import be.terrain.core.validation.CodeOf;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link CodeOf} with {@link FieldRules#isCode}, against the registry handed to the
 * validator as its constraint-validator payload (the standard lists when none is).
 */
public final class CodeOfValidator implements ConstraintValidator<CodeOf, String> {
  private String list;
  private boolean allowUnknown;

  @Override
  public void initialize(CodeOf constraint) {
    list = constraint.value();
    allowUnknown = constraint.allowUnknown();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    CodeRegistry registry =
        context
            .unwrap(HibernateConstraintValidatorContext.class)
            .getConstraintValidatorPayload(CodeRegistry.class);
    if (registry == null) {
      registry = CodeRegistry.standard();
    }
    return registry.find(list).map(l -> FieldRules.isCode(l, value, allowUnknown)).orElse(false);
  }
}
