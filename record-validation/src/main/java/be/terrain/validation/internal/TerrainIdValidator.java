package be.terrain.validation.internal;

import be.terrain.core.internal.FieldRules;
import be.terrain.core.validation.TerrainId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link TerrainId} with {@link FieldRules#isValidId}. */
public final class TerrainIdValidator implements ConstraintValidator<TerrainId, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || FieldRules.isValidId(value);
  }
}
