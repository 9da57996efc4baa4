package org.lotuspathway.concern;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.lotuspathway.common.HiddenCharacters;

/** A practitioner has a name: a family name, or a whole name to split (reported against {@code name}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PractitionerNamed.Check.class)
@interface PractitionerNamed {

    String message() default "Enter the practitioner's name, or their given and family names";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PractitionerNamed, PractitionerDetails> {
        @Override
        public boolean isValid(PractitionerDetails details, ConstraintValidatorContext context) {
            if (details.givenInParts() || (details.name() != null && !HiddenCharacters.nothingVisible(details.name()))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("name").addConstraintViolation();
            return false;
        }
    }
}
