package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lotuspathway.common.Readability;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.panel.PanelDecision;

/**
 * The words drafts start from are kind and clear: spoken to the practitioner ("you"), "the panel"
 * and never "the group", a reading age of 11 or under, and none of the team's jargon.
 */
class ToneTests {

    static final double MAX_READING_AGE = DraftReview.TARGET_READING_AGE;
    static final List<String> JARGON = List.of("PAG", "PSG", "triage", "stratif", "escalat", "process instance",
            "workflow", "BPMN", "risk band", "subject of", "the group");

    private static final Practitioner PRACTITIONER = new Practitioner("Dr Ann Example", Profession.GP, Register.GMC, "7000001");

    @ParameterizedTest
    @EnumSource(PanelDecision.class)
    void eachDraftedOutcomeIsPlainAndSaidToThePractitioner(PanelDecision decision) {
        String words = UpdateWording.outcome(decision, PRACTITIONER) + " " + UpdateWording.rightToRespond(decision);

        assertPlain(words);
        assertThat(SecondPerson.thirdPersonIn(words, PRACTITIONER.personalName())).isEmpty();
        assertThat(words).contains("you");
    }

    @ParameterizedTest
    @EnumSource(PanelDecision.class)
    void eachClosingLetterSaysTheOutcomeAndWhatItMeans(PanelDecision decision) {
        String words = UpdateWording.finalMessage(Optional.of(decision), PRACTITIONER);

        assertPlain(words);
        assertThat(words).startsWith("Your case is now closed. The outcome: ").contains("This means");
        assertThat(SecondPerson.thirdPersonIn(words, PRACTITIONER.personalName())).isEmpty();
    }

    @Test
    void aClosingLetterAfterALocalResolutionSaysSo() {
        String words = UpdateWording.finalMessage(Optional.empty(), PRACTITIONER);

        assertPlain(words);
        assertThat(words).contains("The outcome: the concern was settled locally", "no further action");
    }

    static void assertPlain(String text) {
        assertThat(Readability.readingAge(text)).as("reading age of: %s", text).isLessThanOrEqualTo(MAX_READING_AGE);
        assertThat(JARGON).as("jargon in: %s", text).noneMatch(word -> text.toLowerCase().contains(word.toLowerCase()));
        assertThat(org.lotuspathway.common.PlainWords.jargonIn(text)).as("jargon in: %s", text).isEmpty();
        assertThat(Readability.longSentences(text)).as("sentences over 20 words").isEmpty();
    }
}
