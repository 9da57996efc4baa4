package org.lotuspathway.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.TestClock;

/** The server checks every form in {@code forms/} by the form's own rules. */
class FormValidatorTests {

    static Stream<String> forms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            return files.map(f -> f.getFileName().toString().replace(".form", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aCarefulAnswerToEveryRequiredFieldPasses(String formId) {
        FormSchema schema = FormAnswers.schema(formId);

        assertThat(schema.id()).isEqualTo(formId);
        assertThat(FormValidator.validate(schema, FormAnswers.valid(formId, TestClock.today()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void anEmptySubmissionNamesEveryRequiredField(String formId) {
        FormSchema schema = FormAnswers.schema(formId);

        Map<String, String> errors = FormValidator.validate(schema, Map.of());

        List<String> required = schema.fields().stream().filter(FormField::required).map(FormField::key).toList();
        assertThat(required).isNotEmpty();
        assertThat(errors.keySet()).containsExactlyElementsOf(required);
    }

    @Test
    void aDateOutsideTheYearsAnyoneMeansIsRefused() {
        FormSchema schema = FormAnswers.schema("local-resolution");
        for (String day : List.of("+999999999-12-31", "-999999999-01-01", "9999-12-31", "1999-12-31")) {
            Map<String, Object> answers = new HashMap<>(FormAnswers.valid("local-resolution", TestClock.today()));
            answers.put("agreedOn", day);

            assertThat(FormValidator.validate(schema, answers)).as(day)
                    .containsEntry("agreedOn", "Date agreed must be a date from the year 2000 to 2100");
        }
    }

    @Test
    void valuesOutsideTheFormsRulesAreRefusedWithAPlainMessage() {
        FormSchema schema = FormAnswers.schema("raise-concern");
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid("raise-concern", TestClock.today()));
        answers.put("registerNumber", "12 34");
        answers.put("source", "GOSSIP");
        answers.put("concernAreas", List.of("CLINICAL", "ASTROLOGY"));
        answers.put("receivedOn", "2026-02-30");
        answers.put("summary", "x".repeat(8001));

        assertThat(FormValidator.validate(schema, answers))
                .containsEntry("registerNumber", "Registration number is not in the right format")
                .containsEntry("source", "The answer to \"Where did the concern come from?\" must be one of the options given")
                .containsEntry("concernAreas", "The answer to \"What is the concern about?\" must be one of the options given")
                .containsEntry("receivedOn", "Date the concern was received must be a real date, like 2026-11-20")
                .containsEntry("summary", "Summary of the concern must be 8000 characters or fewer");
    }

    @Test
    void aMissingAnswerToAQuestionIsAskedForPlainly() {
        FormSchema schema = FormAnswers.schema("triage-concern");

        assertThat(FormValidator.validate(schema, Map.of()))
                .containsEntry("likelihood", "Answer the question \"How likely is it to happen again?\"")
                .containsEntry("triageNotes", "Enter summary of the triage");
    }

    /** Sent by the API rather than a browser: a required answer of nothing visible is asked for; an optional one checked. */
    @Test
    void anAnswerOfNothingVisibleIsNotAnAnswer() {
        FormSchema schema = FormAnswers.schema("triage-concern");
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid("triage-concern", TestClock.today()));
        answers.put("triageNotes", "\u00A0\u200B");

        assertThat(FormValidator.validate(schema, answers)).containsEntry("triageNotes", "Enter summary of the triage");
    }

    @Test
    void aRequiredTickBoxMustBeTicked() {
        FormSchema schema = FormAnswers.schema("support-and-monitor");
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid("support-and-monitor", TestClock.today()));
        answers.put("readyForPanel", false);

        assertThat(FormValidator.validate(schema, answers))
                .containsEntry("readyForPanel", "Tick to confirm: the case is ready to return to the panel");
    }

    /**
     * A form deployed before the modeler refused such patterns: java.util.regex would take hours
     * over this answer (the time doubles with each letter); the server answers at once. The timeout
     * only turns a hang into a failure.
     */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPatternThatWouldBacktrackForAgesIsStillCheckedAtOnce() throws IOException {
        FormSchema schema = FormSchema.parse(new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"id": "old-form", "components": [{"type": "textfield", "key": "name", "label": "Name",
                  "validate": {"pattern": "^([a-z]+ ?){1,40}$"}}]}"""));

        assertThat(FormValidator.validate(schema, Map.of("name", "a".repeat(60) + "!")))
                .containsEntry("name", "Name is not in the right format");
        assertThat(FormValidator.validate(schema, Map.of("name", "alex kim"))).isEmpty();
    }

    /**
     * A form deployed before the modeler refused counts past 100 (issue 13d): compiling this pattern
     * would exhaust the server's memory, so the field is left unchecked on the server instead.
     */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPatternThatWouldExhaustTheCompilerIsNotCompiled() throws IOException {
        for (String pattern : new String[] {"(?:(?:a{1000}){1000}){1000}", "^(a{1,1000}){1,1000}$", "^b{101,}$"}) {
            FormSchema schema = FormSchema.parse(new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                    {"id": "old-form", "components": [{"type": "textfield", "key": "name", "label": "Name",
                      "validate": {"pattern": "%s"}}]}""".formatted(pattern)));

            assertThat(FormValidator.validate(schema, Map.of("name", "anything"))).as(pattern).isEmpty();
        }
        assertThat(FormValidator.hasLargeCount("^[A-Z]{2}\\d{6}$")).isFalse();
        assertThat(FormValidator.hasLargeCount("^a{1,100}$")).isFalse();
    }
}
