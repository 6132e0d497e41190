package be.terrain.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** What a public type exposes: the condition behind the house rules on API signatures. */
final class Exposure {
  private Exposure() {}

  /** A type of a package named {@code internal} (or one under it). */
  static final DescribedPredicate<JavaClass> INTERNAL =
      DescribedPredicate.describe(
          "..internal..", c -> c.getPackageName().matches("(.*\\.)?internal(\\..*)?"));

  /**
   * A type exposes no hidden type: not as a superclass or interface, a public field's type, or a
   * public method's or constructor's return, parameter or thrown type (generic type arguments
   * included).
   */
  static ArchCondition<JavaClass> exposeNoTypeOf(DescribedPredicate<? super JavaClass> hidden) {
    return new ArchCondition<>("expose no type that is " + hidden.getDescription()) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        type.getRawSuperclass().ifPresent(s -> report(type, s, "extends", events));
        type.getRawInterfaces().forEach(i -> report(type, i, "implements", events));
        for (JavaField f : type.getFields()) {
          if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
            check(type, f.getType(), "public field " + f.getName(), events);
          }
        }
        for (JavaCodeUnit m : type.getCodeUnits()) {
          if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
            continue;
          }
          String what =
              (m.isConstructor() ? "public constructor" : "public method " + m.getName()) + "(...)";
          check(type, m.getReturnType(), what + " returns", events);
          m.getParameterTypes().forEach(p -> check(type, p, what + " takes", events));
          m.getExceptionTypes().forEach(e -> report(type, e, what + " throws", events));
        }
      }

      private void check(JavaClass owner, JavaType t, String where, ConditionEvents events) {
        t.getAllInvolvedRawTypes().forEach(c -> report(owner, c, where, events));
      }

      private void report(JavaClass owner, JavaClass used, String where, ConditionEvents events) {
        if (hidden.test(used)) {
          events.add(
              SimpleConditionEvent.violated(
                  owner, owner.getName() + ": " + where + " " + used.getName()));
        }
      }
    };
  }
}
