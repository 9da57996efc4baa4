package org.lotuspathway.speakup;

/** Where a report is, in the plain words its raiser reads: never more about the practitioner's case. */
public enum ReportStatus {
    RECEIVED("Waiting to be read", "We have your report. Someone will read it soon."),
    QUESTION_ASKED("We have a question", "We need to ask you something. Please answer below."),
    ANSWERED("Waiting to be read again", "Thank you for your answer. We will read it soon."),
    ACCEPTED("Being looked into", "Your report is being looked into. We cannot tell you more than that."),
    CLOSED("Closed", "We have closed your report. Please read our message.");

    private final String label;
    private final String meaning;

    ReportStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** Still waiting for the team to decide. */
    public boolean isOpen() {
        return this != ACCEPTED && this != CLOSED;
    }
}
