package org.lotuspathway.concern;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A registration number has the shape its register uses (GMC: 7 digits, GDC: up to 6, GOC: 01-12345). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RegisterNumberFitsRegister.Check.class)
@interface RegisterNumberFitsRegister {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<RegisterNumberFitsRegister, PractitionerDetails> {
        @Override
        public boolean isValid(PractitionerDetails details, ConstraintValidatorContext context) {
            if (details.register() == null || details.registerNumber() == null || details.registerNumber().isBlank()
                    || details.register().accepts(details.registerNumber())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(details.register().numberHint())
                    .addPropertyNode("registerNumber").addConstraintViolation();
            return false;
        }
    }
}
