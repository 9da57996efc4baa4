package org.lotuspathway.register;

import java.time.LocalDate;

/** One check a practitioner needs, and how it stands today. {@code dueOn} is empty when it was never recorded. */
public record DueCheck(CheckKind kind, LocalDate dueOn, State state) {

    public enum State {
        MISSING("Not recorded"),
        OVERDUE("Overdue"),
        DUE_SOON("Due soon"),
        IN_DATE("In date");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean needsAttention() {
        return state != State.IN_DATE;
    }
}
