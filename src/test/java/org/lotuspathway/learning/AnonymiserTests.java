package org.lotuspathway.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The practitioner is taken out of free text in every form people write their name and number. */
class AnonymiserTests {

    private final Anonymiser anonymiser = Anonymiser.of("Dr Marguerite Quillfeather-Ode", "7345678");

    @Test
    void theNameGoesInEveryForm() {
        assertThat(anonymiser.scrub("Dr Marguerite Quillfeather-Ode was not inducted. Marguerite said so; "
                + "Dr. Quillfeather's partner agreed, and QUILLFEATHER-ODE later reflected. Ode too."))
                .isEqualTo("[the practitioner] was not inducted. [the practitioner] said so; "
                        + "[the practitioner]'s partner agreed, and [the practitioner] later reflected. [the practitioner] too.");
    }

    @Test
    void theRegistrationNumberGoesHoweverItIsWritten() {
        assertThat(anonymiser.scrub("GMC 7345678, or 734 5678, or 73-45678; not 17345678."))
                .isEqualTo("GMC [registration number], or [registration number], or [registration number]; not 17345678.");
    }

    @Test
    void anyCaseReferenceGoes() {
        assertThat(anonymiser.scrub("As in PSC-2026-00042 and psc-2031-00007."))
                .isEqualTo("As in [case reference] and [case reference].");
    }

    @Test
    void wordsThatOnlyContainTheNameStay() {
        assertThat(Anonymiser.of("Dr Ann Lee", "7000001").scrub("Annual leave was planned by the lead."))
                .isEqualTo("Annual leave was planned by the lead.");
    }

    @Test
    void titlesAloneAndEmptyTextAreLeftAlone() {
        assertThat(Anonymiser.of("Dr", "12").scrub("Dr Who")).isEqualTo("Dr Who");
        assertThat(anonymiser.scrub(null)).isNull();
        assertThat(anonymiser.scrub("")).isEmpty();
    }

    @Test
    void initialsGoWithTheName() {
        assertThat(Anonymiser.of("Dr A Example", "7000002").scrub("Dr A Example, Dr A. Example, A Example and Dr Example. "
                + "Not a plan."))
                .isEqualTo("[the practitioner], [the practitioner], [the practitioner] and [the practitioner]. Not a plan.");
        assertThat(anonymiser.scrub("Dr M. Quillfeather-Ode and M Q Ode")).isEqualTo("[the practitioner] and [the practitioner]");
    }

    @Test
    void caseReferencesGoHoweverTheyAreWritten() {
        assertThat(anonymiser.scrub("PSC 2026 00042, PSC202600042, psc/2026/7 and PSC_2026_00042; not PSCX or 2026-00042."))
                .isEqualTo("[case reference], [case reference], [case reference] and [case reference]; not PSCX or 2026-00042.");
    }

    @Test
    void aNameWithAnApostropheGoesWithEitherApostrophe() {
        Anonymiser curly = Anonymiser.of("Mr Se\u00e1n O\u2019Brien", "7000003");
        Anonymiser straight = Anonymiser.of("Mr Se\u00e1n O'Brien", "7000003");
        String text = "Mr O'Brien, O\u2019Brien\u2019s notes, S. O\u2018Brien and Se\u00e1n.";
        String expected = "[the practitioner], [the practitioner]\u2019s notes, [the practitioner] and [the practitioner].";

        assertThat(curly.scrub(text)).isEqualTo(expected);
        assertThat(straight.scrub(text)).isEqualTo(expected);
    }
}
