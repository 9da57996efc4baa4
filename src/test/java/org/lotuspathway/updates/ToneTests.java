package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.panel.PanelDecision;
import org.lotuspathway.support.Readability;

/**
 * What we write to practitioners is kind and clear: a reading age of 14 or under (Flesch-Kincaid
 * grade 9), and none of the team's jargon.
 */
class ToneTests {

    static final double MAX_READING_AGE = 14;
    static final List<String> JARGON = List.of("PAG", "PSG", "triage", "stratif", "escalat", "process instance",
            "workflow", "BPMN", "risk band", "subject of");

    private static final Practitioner PRACTITIONER = new Practitioner("Dr Ann Example", Profession.GP, Register.GMC, "7000001");

    @ParameterizedTest
    @EnumSource(PanelDecision.class)
    void eachDraftedOutcomeIsPlain(PanelDecision decision) {
        String words = UpdateWording.outcome(decision, PRACTITIONER) + " " + UpdateWording.rightToRespond(decision);

        assertPlain(words);
    }

    @Test
    void theSupportAndClosingWordsArePlain() {
        assertPlain(UpdateWording.SUPPORT);
        assertPlain(UpdateWording.finalMessage());
    }

    static void assertPlain(String text) {
        assertThat(Readability.readingAge(text)).as("reading age of: %s", text).isLessThanOrEqualTo(MAX_READING_AGE);
        assertThat(JARGON).as("jargon in: %s", text).noneMatch(word -> text.toLowerCase().contains(word.toLowerCase()));
    }

    static void assertPlain(String... texts) {
        Arrays.stream(texts).forEach(ToneTests::assertPlain);
    }
}
