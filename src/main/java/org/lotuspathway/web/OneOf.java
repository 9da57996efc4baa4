package org.lotuspathway.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A choice a page form sends, kept as the raw text and allowed only if it names one of the enum's
 * values (null passes: pair with {@code @NotNull} when a choice is required). A form record that
 * binds the enum itself cannot be built at all from an unknown value, and its page then has no
 * form to show again with the message; raw text always binds.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneOf, String> {

        private Enum<?>[] allowed;

        @Override
        public void initialize(OneOf annotation) {
            allowed = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Arrays.stream(allowed).anyMatch(choice -> choice.name().equals(value));
        }
    }
}
