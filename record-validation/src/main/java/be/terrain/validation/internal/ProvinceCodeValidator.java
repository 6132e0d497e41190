package be.terrain.validation.internal;

import be.terrain.core.internal.FieldRules;
import be.terrain.core.validation.ProvinceCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ProvinceCode} with {@link FieldRules#isProvince}. */
public final class ProvinceCodeValidator implements ConstraintValidator<ProvinceCode, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || FieldRules.isProvince(value);
  }
}
