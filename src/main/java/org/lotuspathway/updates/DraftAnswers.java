package org.lotuspathway.updates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lotuspathway.forms.FormField;
import org.lotuspathway.forms.FormSchema;

/**
 * A letter's answers read from a form that may be half filled in, for a preview or a reading-age
 * check: what is missing or not a date is left out, so a draft can always be looked at. Sending
 * checks the answers properly ({@link RecordPractitionerUpdate}, {@link RecordClosure}).
 */
final class DraftAnswers {

    /** The most a draft's text field may hold where its form sets no limit: the longest the forms allow. */
    static final int LONGEST = 8000;

    private DraftAnswers() {
    }

    /**
     * A message for each answer longer than its field allows. Such a draft could never be sent, and
     * writing and printing a megabyte of it took seconds of the server's time for each keystroke.
     */
    static Map<String, String> tooLong(FormSchema form, Map<String, ?> values) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            int limit = field.maxLength() == null ? LONGEST : field.maxLength();
            if (values.get(field.key()) instanceof String text && text.length() > limit) {
                problems.put(field.key(), field.label() + " must be " + limit + " characters or fewer");
            }
        }
        return problems;
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
