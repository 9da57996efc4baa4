package org.lotuspathway.updates;

import java.util.List;

import org.lotuspathway.common.Readability;
import org.lotuspathway.concern.PersonalName;

/**
 * One free-text part of the panel's record (its reasons, say), offered for the letter: as the
 * panel wrote it, and as a suggestion said to the practitioner. The draft takes the suggestion only
 * when nothing in it still speaks about them and no sentence runs over 20 words; otherwise the
 * case manager writes that part, with the panel's words and what to change beside the form.
 *
 * @param field the update form's field it is for
 * @param thirdPerson where the panel's words speak about the practitioner
 * @param longSentences the suggestion's sentences of more than 20 words
 */
public record PanelText(String field, String label, String asWritten, String suggested, List<String> thirdPerson,
        List<String> longSentences, boolean usable) {

    static PanelText of(String field, String label, String asWritten, PersonalName name) {
        String suggested = SecondPerson.rewrite(asWritten, name);
        List<String> longSentences = Readability.longSentences(suggested);
        boolean usable = SecondPerson.thirdPersonIn(suggested, name).isEmpty() && longSentences.isEmpty();
        return new PanelText(field, label, asWritten, suggested, SecondPerson.thirdPersonIn(asWritten, name),
                longSentences, usable);
    }

    public boolean changed() {
        return !asWritten.equals(suggested);
    }
}
