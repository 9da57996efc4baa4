package org.lotuspathway.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers that the form or the business rules refuse; nothing is recorded and the task stays open.
 * The problems ({@link #errors}) are for whoever gave the answers, and may name the practitioner;
 * the message names only the fields, as it may reach a log.
 */
public class InvalidSubmission extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidSubmission(Map<String, String> errors) {
        super("Some answers need attention: " + String.join(", ", errors.keySet()));
        // in the order given, which is the order of the questions: Map.copyOf would shuffle them
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static InvalidSubmission of(String field, String message) {
        return new InvalidSubmission(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Every problem in one sentence, for whoever gave the answers (not for a log). */
    public String problemsInOneLine() {
        return "Some answers need attention: " + String.join("; ", errors.values());
    }

    /** The engine wraps what a listener throws; this finds it again. */
    public static Optional<InvalidSubmission> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidSubmission invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }
}
