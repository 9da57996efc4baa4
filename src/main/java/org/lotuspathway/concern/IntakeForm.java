package org.lotuspathway.concern;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.forms.FormValidator;
import org.lotuspathway.process.engine.DeployedForms;
import org.springframework.stereotype.Component;

/**
 * The web form that raises a concern ({@code forms/raise-concern.form}): its flat answers become
 * a {@link NewConcern}, checked by the form's rules and by the intake's own.
 */
@Component
class IntakeForm {

    static final String FORM_ID = "raise-concern";

    /** A form deployed before names had parts asks for the whole name in this one field. */
    static final String WHOLE_NAME = "practitionerName";

    private static final Map<String, String> FIELD_OF_PROPERTY = Map.of(
            "practitioner.title", "title", "practitioner.givenNames", "givenNames",
            "practitioner.familyName", "familyName", "practitioner.profession", "profession",
            "practitioner.register", "register", "practitioner.registerNumber", "registerNumber");

    private final DeployedForms forms;
    private final Validator validator;

    IntakeForm(DeployedForms forms, Validator validator) {
        this.forms = forms;
        this.validator = validator;
    }

    FormSchema schema() {
        return forms.latest(FORM_ID);
    }

    /** Problems keyed by the form's fields; empty when the answers make a valid concern. */
    Map<String, String> problems(Map<String, Object> answers) {
        Map<String, String> problems = new LinkedHashMap<>(FormValidator.validate(schema(), answers));
        if (problems.isEmpty()) {
            String nameField = schema().keys().contains(WHOLE_NAME) ? WHOLE_NAME : "familyName";
            for (ConstraintViolation<NewConcern> violation : validator.validate(toConcern(answers))) {
                String property = violation.getPropertyPath().toString();
                String field = property.equals("practitioner.name") ? nameField
                        : FIELD_OF_PROPERTY.getOrDefault(property, property);
                problems.putIfAbsent(field, violation.getMessage());
            }
        }
        return problems;
    }

    /** Call only with answers that have no problems. */
    NewConcern toConcern(Map<String, Object> answers) {
        return new NewConcern(
                new PractitionerDetails(text(answers, WHOLE_NAME), text(answers, "title"),
                        text(answers, "givenNames"), text(answers, "familyName"),
                        option(answers, "formOfAddress", FormOfAddress.class),
                        Profession.valueOf(text(answers, "profession")), Register.valueOf(text(answers, "register")),
                        text(answers, "registerNumber")),
                ConcernSource.valueOf(text(answers, "source")), areas(answers.get("concernAreas")),
                text(answers, "summary"), LocalDate.parse(text(answers, "receivedOn")), equality(answers));
    }

    /** The optional equality monitoring group: each select's values are its enum's names. */
    private static EqualityAnswers equality(Map<String, Object> answers) {
        return new EqualityAnswers(
                option(answers, "ethnicity", EqualityAnswers.Ethnicity.class),
                option(answers, "placeOfQualification", EqualityAnswers.PlaceOfQualification.class),
                option(answers, "sex", EqualityAnswers.Sex.class),
                option(answers, "ageBand", EqualityAnswers.AgeBand.class),
                option(answers, "disability", EqualityAnswers.Disability.class),
                option(answers, "role", EqualityAnswers.PracticeRole.class));
    }

    /** An option a lead added to the form but the app does not know counts as not answered. */
    private static <E extends Enum<E>> E option(Map<String, Object> answers, String key, Class<E> type) {
        String value = text(answers, key);
        for (E known : type.getEnumConstants()) {
            if (known.name().equals(value)) {
                return known;
            }
        }
        return null;
    }

    private static String text(Map<String, Object> answers, String key) {
        Object value = answers.get(key);
        return value == null ? null : value.toString();
    }

    private static Set<ConcernArea> areas(Object value) {
        Set<ConcernArea> areas = EnumSet.noneOf(ConcernArea.class);
        if (value instanceof Collection<?> list) {
            list.forEach(area -> areas.add(ConcernArea.valueOf(area.toString())));
        }
        return areas;
    }
}
