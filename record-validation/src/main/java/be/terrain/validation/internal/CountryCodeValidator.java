package be.terrain.validation.internal;

import be.terrain.core.internal.FieldRules;
import be.terrain.core.validation.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CountryCode} with {@link FieldRules#isNationality}. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || FieldRules.isNationality(value);
  }
}
