package org.lotuspathway.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.lotuspathway.common.HiddenCharacters;

/**
 * Text someone could read: at least one letter, digit, punctuation mark or symbol that shows (null
 * passes: pair with {@code @NotNull} when the text is required). {@code @NotBlank} sees only the plain
 * spaces, so a non-breaking space or a lone combining mark would pass it.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SomethingVisible.Check.class)
public @interface SomethingVisible {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SomethingVisible, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || text.isBlank() || !HiddenCharacters.nothingVisible(text);
        }
    }
}
