package org.lotuspathway.concern;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lotuspathway.forms.FormField;
import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AnsweredSteps {

    private final Concerns concerns;
    private final StepAnswersRepository steps;
    private final ObjectMapper json;
    private final PathwayClock clock;

    AnsweredSteps(Concerns concerns, StepAnswersRepository steps, ObjectMapper json, PathwayClock clock) {
        this.concerns = concerns;
        this.steps = steps;
        this.json = json;
        this.clock = clock;
    }

    /** One answer as recorded: the form's key, the question as it was asked, and the answer as shown. */
    public record Answer(String key, String question, Object value, String shown) {

        private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        /** As the page shows it: a date in words ("4 December 2026"), anything else as shown. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public String inWords() {
            if (shown != null && ISO_DATE.matcher(shown).matches()) {
                try {
                    return java.time.LocalDate.parse(shown).format(java.time.format.DateTimeFormatter.ofPattern(
                            "d MMMM yyyy", java.util.Locale.UK));
                } catch (java.time.format.DateTimeParseException notADate) {
                    return shown;
                }
            }
            return shown;
        }
    }

    /** Keeps the answers with the questions as the form put them, so the record reads the same later. */
    @Transactional
    public StepAnswers record(String businessKey, String stepKey, String stepName, FormSchema form,
            Map<String, Object> answers, String recordedBy) {
        List<Answer> recorded = new ArrayList<>();
        for (FormField field : form.fields()) {
            Object value = answers.get(field.key());
            if (value != null) {
                recorded.add(new Answer(field.key(), field.label(), value, shown(field, value)));
            }
        }
        try {
            return steps.save(new StepAnswers(concerns.get(businessKey), stepKey, stepName,
                    json.writeValueAsString(recorded), recordedBy, clock.now()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Answers cannot be stored: " + e.getOriginalMessage(), e);
        }
    }

    @Transactional(readOnly = true)
    public List<Answer> answersOf(StepAnswers step) {
        try {
            return List.of(json.readValue(step.answers(), Answer[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Step " + step.id() + " has unreadable answers", e);
        }
    }

    private static String shown(FormField field, Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(item -> field.labelOf(String.valueOf(item))).toList());
        }
        return field.labelOf(String.valueOf(value));
    }
}
