package org.lotuspathway.updates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A letter's answers read from a form that may be half filled in, for a preview or a reading-age
 * check: what is missing or not a date is left out, so a draft can always be looked at. Sending
 * checks the answers properly ({@link RecordPractitionerUpdate}, {@link RecordClosure}).
 */
final class DraftAnswers {

    private DraftAnswers() {
    }

    static UpdateAnswers update(Map<String, ?> values) {
        return new UpdateAnswers(date(values, "meetingDate"), text(values, "concernsConsidered"),
                text(values, "outcome"), text(values, "reasons"), text(values, "nextSteps"), date(values, "byWhen"),
                text(values, "undertakingsOrConditions"), text(values, "rightToRespond"), text(values, "namedContact"),
                text(values, "support"));
    }

    static ClosureAnswers closure(Map<String, ?> values) {
        return new ClosureAnswers(date(values, "closedOn"), text(values, "closureSummary"),
                text(values, "finalMessage"), text(values, "namedContact"));
    }

    private static String text(Map<String, ?> values, String key) {
        Object value = values.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static LocalDate date(Map<String, ?> values, String key) {
        String text = text(values, key);
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
