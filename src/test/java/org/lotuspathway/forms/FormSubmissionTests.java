package org.lotuspathway.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** What a browser posts becomes values of the field's own type, as Tasklist would send them. */
class FormSubmissionTests {

    private static final FormSchema FORM = FormSchema.parse(json("""
            {"id": "all-kinds", "components": [
              {"type": "number", "key": "count", "label": "How many", "validate": {"min": 1, "max": 5}},
              {"type": "checkbox", "key": "agreed", "label": "Agreed"},
              {"type": "checklist", "key": "areas", "label": "Areas", "values": [{"value": "A", "label": "A"}, {"value": "B", "label": "B"}]},
              {"type": "group", "label": "More", "components": [
                {"type": "textfield", "key": "name", "label": "Name"},
                {"type": "datetime", "subtype": "date", "key": "on", "dateLabel": "On"}]}]}"""));

    @Test
    void eachFieldGetsItsType() {
        Map<String, Object> values = FormSubmission.read(FORM, Map.of(
                "count", new String[] {"3"}, "agreed", new String[] {"true"}, "areas", new String[] {"A", "B"},
                "name", new String[] {"Ann"}, "on", new String[] {"2026-11-20"}, "unknown", new String[] {"x"}));

        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of("count", 3L, "agreed", true,
                "areas", List.of("A", "B"), "name", "Ann", "on", "2026-11-20"));
    }

    @Test
    void aLineBreakFromABrowserIsOneCharacterAsItsTextAreaCountedIt() {
        Map<String, Object> values = FormSubmission.read(FORM, Map.of("name", new String[] {"Line one\r\nLine two"}));

        assertThat(values).containsEntry("name", "Line one\nLine two");
    }

    @Test
    void emptyAnswersAreLeftOutAndAnUntickedBoxIsFalse() {
        Map<String, Object> values = FormSubmission.read(FORM, Map.of("name", new String[] {"  "}, "count",
                new String[] {""}));

        assertThat(values).containsExactlyEntriesOf(Map.of("agreed", false));
    }

    /** A lone non-breaking or zero-width space is not an answer: left out, so an optional field keeps nothing. */
    @Test
    void answersOfNothingVisibleAreLeftOutToo() {
        Map<String, Object> values = FormSubmission.read(FORM, Map.of("name", new String[] {"\u00A0"}, "count",
                new String[] {"\u200B"}, "on", new String[] {"\u3000"}, "areas", new String[] {"\u00A0", "A"}));

        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of("agreed", false, "areas", List.of("A")));
    }

    @Test
    void aNumberThatDoesNotParseIsKeptSoTheValidatorCanSaySo() {
        Map<String, Object> values = FormSubmission.read(FORM, Map.of("count", new String[] {"2.5"}));
        assertThat(values).containsEntry("count", 2.5);
        assertThat(FormValidator.validate(FORM, values)).isEmpty();

        Map<String, Object> typo = FormSubmission.read(FORM, Map.of("count", new String[] {"three"}));
        assertThat(FormValidator.validate(FORM, typo)).containsEntry("count", "How many must be a number");
        assertThat(FormValidator.validate(FORM, Map.of("count", 9L))).containsEntry("count", "How many must be 5 or less");
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
