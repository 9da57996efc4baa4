package org.lotuspathway.updates;

import java.util.List;
import java.util.Locale;

/**
 * What the case manager sees beside a draft letter: how it will greet the practitioner, its reading
 * age against the target and what raises it, and where it still speaks about them rather than to them.
 *
 * @param readingAge the whole letter's, as it would be sent
 * @param longSentences sentences of more than 20 words, longest first
 * @param longWords the words that raise the reading age most
 * @param thirdPerson the fields that still speak about the practitioner, with the words that do
 */
public record DraftReview(String salutation, boolean nameConfirmed, double readingAge, List<String> longSentences,
        List<String> longWords, List<ThirdPerson> thirdPerson) {

    /** Letters should read at a reading age of 11 or under (a Flesch-Kincaid grade of 6). */
    public static final double TARGET_READING_AGE = 11;

    public record ThirdPerson(String field, List<String> words) {
    }

    public boolean onTarget() {
        return readingAge <= TARGET_READING_AGE;
    }

    /** For the page: one decimal, as people read it. */
    public String readingAgeShown() {
        return String.format(Locale.UK, "%.1f", readingAge);
    }

    public double target() {
        return TARGET_READING_AGE;
    }
}
