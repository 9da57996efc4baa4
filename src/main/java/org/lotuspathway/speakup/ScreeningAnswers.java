package org.lotuspathway.speakup;

import java.util.List;

import org.lotuspathway.process.Answers;

/**
 * The answers {@link Screening} reads from forms/screen-concern.form: the modeler refuses a form
 * that stops asking for one of them ({@link SpeakUpReliesOn}).
 */
record ScreeningAnswers(String decision, String practitionerName, String profession, String register,
        String registerNumber, Boolean confirmExisting, String source, List<String> concernAreas, String question,
        String reason) implements Answers {
}
