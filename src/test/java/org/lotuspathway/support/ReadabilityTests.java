package org.lotuspathway.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reading-age measure tells plain writing from dense writing. */
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
}
