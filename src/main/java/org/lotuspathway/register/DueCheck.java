package org.lotuspathway.register;

import java.time.LocalDate;

/** One check a practitioner needs, and how it stands today. {@code dueOn} is empty when it was never recorded. */
public record DueCheck(CheckKind kind, LocalDate dueOn, State state) {

    public enum State {
        MISSING("Not recorded", "nhsuk-tag--grey"),
        OVERDUE("Overdue", "nhsuk-tag--red"),
        DUE_SOON("Due soon", "nhsuk-tag--orange"),
        IN_DATE("In date", "nhsuk-tag--green");

        private final String label;
        private final String tag;

        State(String label, String tag) {
            this.label = label;
            this.tag = tag;
        }

        public String label() {
            return label;
        }

        /** The NHS.UK tag colour that says it at a glance. */
        public String tag() {
            return tag;
        }
    }

    public boolean needsAttention() {
        return state != State.IN_DATE;
    }
}
