package org.lotuspathway.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reading-age measure tells plain writing from dense writing, and says what makes a text hard. */
class ReadabilityTests {

    @Test
    void countsSyllablesCloseEnough() {
        assertThat(Readability.syllables("cat")).isEqualTo(1);
        assertThat(Readability.syllables("support")).isEqualTo(2);
        assertThat(Readability.syllables("practitioner")).isEqualTo(4);
        assertThat(Readability.syllables("investigation")).isEqualTo(5);
    }

    @Test
    void plainTextReadsYoungerThanDenseText() {
        String plain = "We will write to you soon. You can call us at any time. We are here to help.";
        String dense = "Notwithstanding the aforementioned considerations, the organisational determination "
                + "necessitates comprehensive multidisciplinary evaluation of professional accountability.";

        assertThat(Readability.readingAge(plain)).isLessThan(9);
        assertThat(Readability.readingAge(dense)).isGreaterThan(20);
    }

    @Test
    void webAddressesEmailsAndPhoneNumbersAreNotReadAsWords() {
        String plain = "We will write to you soon. You can call us at any time.";
        String withContacts = plain + " Call 0300 0303 300, visit www.practitionerhealth.nhs.uk or "
                + "https://www.bma.org.uk/advice-and-support, or email cara.manager@lotuspathway.example.";

        assertThat(Readability.readingAge(withContacts)).isLessThan(9);
        assertThat(Readability.longWords(withContacts)).isEmpty();
    }

    @Test
    void saysWhichSentencesAreLongAndWhichWordsAreHard() {
        String text = "We met today. The panel considered the concerns raised by the practice manager about the "
                + "management of referrals and decided that a period of monitoring would be appropriate for now.";

        assertThat(Readability.longSentences(text)).singleElement().asString().startsWith("The panel considered");
        assertThat(Readability.longWords(text)).contains("monitoring", "management").doesNotContain("panel");
    }

    @Test
    void aBlankLineOrAListItemEndsASentence() {
        assertThat(Readability.sentences("Support for you\n\n- Call us today\n- Write to us")).hasSize(3);
    }
}
