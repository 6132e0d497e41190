package be.terrain.validation.internal;

import be.terrain.core.internal.FieldRules;
import be.terrain.core.validation.InRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link InRange} with {@link FieldRules#inRange}. */
public final class InRangeValidator implements ConstraintValidator<InRange, Number> {
  private long min;
  private long max;

  @Override
  public void initialize(InRange constraint) {
    min = constraint.min();
    max = constraint.max();
  }

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    return value == null || FieldRules.inRange(value.longValue(), min, max);
  }
}
