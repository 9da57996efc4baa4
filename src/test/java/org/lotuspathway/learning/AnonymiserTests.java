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

    /** Whoever else is named after a title: a colleague, a patient, a manager. */
    @Test
    void otherPeopleNamedAfterATitleGo() {
        assertThat(anonymiser.scrub("Mrs J. Smith complained; Nurse Okafor and Dr O'Brien-Patel saw her, "
                + "as did Sister Mary Jones. Dr Quillfeather's partner, Mr A B Khan, agreed."))
                .isEqualTo("[a person] complained; [a person] and [a person] saw her, as did [a person]. "
                        + "[the practitioner]'s partner, [a person], agreed.");
        assertThat(anonymiser.scrub("Ms Lee's notes; mr smith, dr okoro and mrs j. smith in lower case; Mrs J.Yardley; "
                + "Dr.Patel; Drs Vasquez and Whitlock; Mr van der Berg and Mrs Jane van Dijk; Dr Mary Anne Jones; "
                + "Pharmacist Greenhalgh; Nurse \u674E\u534E."))
                .isEqualTo("[a person]'s notes; [a person], [a person] and [a person] in lower case; [a person]; "
                        + "[a person]; [a person]; [a person] and [a person]; [a person]; [a person]; [a person].");
        assertThat(anonymiser.scrub("We miss Tuesday's clinic; the doctor reflected; 200 ms Later; MR was noted; "
                + "DR screening; discussed with the consultant. He agreed."))
                .as("words that are titles only before a name").isEqualTo("We miss Tuesday's clinic; the doctor "
                        + "reflected; 200 ms Later; MR was noted; DR screening; discussed with the consultant. He agreed.");
    }

    /** Found by the second outside attack: more ways of writing someone, and what identifies anyone. */
    @Test
    void capitalsListsLongNamesRolesAndIdentifiersGoToo() {
        assertThat(anonymiser.scrub("DR PATEL and DR. SHAH; Drs Lee, Kim, and Park; Doctors Lee and Kim; "
                + "Dr Maria de los Angeles Garcia Lopez; Dr. med. Schmidt; Dr\u200BPatel; GP Irwin at the GP Surgery; "
                + "Locum Jackson; Lord Walsh."))
                .isEqualTo("[a person] and [a person]; [a person]; [a person]; [a person]; [a person]; [a person]; "
                        + "[a person] at the GP Surgery; [a person]; [a person].");
        assertThat(anonymiser.scrub("Call 07700 900123 or +44 (0)161 496 0000; NHS number 943 476 5919; "
                + "write to z.quartermaine@nhs.net about SU-2026-00001 and su 2026 2."))
                .isEqualTo("Call [phone number] or [phone number]; NHS number [NHS number]; write to [email address] "
                        + "about [speak-up reference] and [speak-up reference].");
    }

    /** Someone sharing a word of the practitioner's name is a person, and none of their name is left. */
    @Test
    void someoneSharingAWordOfThePractitionersNameIsAPersonWhole() {
        Anonymiser ann = Anonymiser.of("Dr Ann Example", "7000001");

        assertThat(ann.scrub("Sister Ann Jones and Dr Ann Smith spoke to Dr Example."))
                .isEqualTo("[a person] and [a person] spoke to [the practitioner].");
    }

    /** Reviews are long: nothing in them may send the patterns deep enough to overflow. */
    @Test
    void longTextIsScrubbedWithoutOverflowing() {
        String hyphens = "Dr A" + "-B".repeat(4_000);
        String list = "Drs A" + ", B".repeat(4_000);
        String names = "Dr Marguerite" + " Quillfeather".repeat(2_000);

        assertThat(anonymiser.scrub(hyphens)).startsWith("[a person]");
        assertThat(anonymiser.scrub(list)).startsWith("[a person]");
        assertThat(anonymiser.scrub(names)).startsWith("[the practitioner]").doesNotContain("Quillfeather");
        assertThat(Anonymiser.of("Dr Li-Li Wong", "7000002").scrub("Li-Li wrote.")).isEqualTo("[the practitioner] wrote.");
    }

    /** A name typed with markup or punctuation in it is still found by its words. */
    @Test
    void aNameTypedWithMarkupIsStillFoundByItsWords() {
        assertThat(Anonymiser.of("<i>Eve</i> Zed</title><script>alert(1)</script>", "7000009")
                .scrub("Zed was cooperative. Eve Zed reflected."))
                .isEqualTo("[the practitioner] was cooperative. [the practitioner] reflected.");
    }

    @Test
    void wordsThatOnlyContainTheNameStay() {
        assertThat(Anonymiser.of("Dr Ann Lee", "7000001").scrub("Annual leave was planned by the lead."))
                .isEqualTo("Annual leave was planned by the lead.");
    }

    @Test
    void titlesAloneAndEmptyTextAreLeftAlone() {
        assertThat(Anonymiser.of("Dr", "12").scrub("The Dr, on call")).isEqualTo("The Dr, on call");
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

    @Test
    void aRegistrationNumberGoesWithOrWithoutItsRegisterAndWithAnySeparators() {
        Anonymiser gmc = Anonymiser.of("Dr Ann Example", "7000001");
        assertThat(gmc.scrub("GMC7000001, gmc:7000001, GMC no. 7000001, #7000001, 7.000.001, 7,000,001, 7 000 001, "
                + "7\u2013000\u2013001, 7_000_001 and \uff17\uff10\uff10\uff10\uff10\uff10\uff11."))
                .isEqualTo("GMC [registration number], gmc:[registration number], GMC no. [registration number], "
                        + "#[registration number], [registration number], [registration number], [registration number], "
                        + "[registration number], [registration number] and [registration number].");
        assertThat(gmc.scrub("Not 17000001, 70000012 or 7000002; 7 000 00 1 is.")).isEqualTo(
                "Not 17000001, 70000012 or 7000002; [registration number] is.");
    }

    @Test
    void aDentistsAndAnOptometristsNumbersGoInTheirRegistersFormats() {
        assertThat(Anonymiser.of("Mr Dan Tist", "123456").scrub("GDC 123456, GDC123456, GDC No: 123 456 and 123-456."))
                .isEqualTo("GDC [registration number], GDC [registration number], GDC No: [registration number] and "
                        + "[registration number].");
        Anonymiser optometrist = Anonymiser.of("Ms Opal Tometrist", "01-12345");
        assertThat(optometrist.scrub("GOC 01-12345, GOC01-12345, 01\u201412345, 01 12345, 0112345 and just 12345; "
                + "not 112345 or 01-123456."))
                .isEqualTo("GOC [registration number], GOC [registration number], [registration number], "
                        + "[registration number], [registration number] and just [registration number]; not 112345 or 01-123456.");
        assertThat(Anonymiser.of("Mr Dee Spencer", "D-54321").scrub("GOC D-54321, d54321 and 54321."))
                .isEqualTo("GOC [registration number], [registration number] and [registration number].");
    }

    @Test
    void aCaseReferenceGoesWithAnyDashOrSeparator() {
        assertThat(anonymiser.scrub("PSC\u20132026\u201300002, PSC\u20142026\u201400002, PSC#2026#00002, PSC 2026 - 00002, "
                + "PSC:2026:00002, \uff30\uff33\uff23\uff0d\uff12\uff10\uff12\uff16\uff0d\uff10\uff10\uff10\uff10\uff12 "
                + "and PSC-2026\u200b-00002."))
                .isEqualTo("[case reference], [case reference], [case reference], [case reference], [case reference], "
                        + "[case reference] and [case reference].");
    }

    @Test
    void aNameSplitByAnInvisibleCharacterOrWrittenInFullWidthLettersGoes() {
        assertThat(anonymiser.scrub("Quill\u200bfeather, Quill\u00adfeather, Mar\u200cguerite, Quill\u2060feather\u200d-Ode, "
                + "\uff31\uff55\uff49\uff4c\uff4c\uff46\uff45\uff41\uff54\uff48\uff45\uff52 and "
                + "Dr\u00a0Quillfeather\u2013Ode."))
                .isEqualTo("[the practitioner], [the practitioner], [the practitioner], [the practitioner], "
                        + "[the practitioner] and [the practitioner].");
    }

    @Test
    void surnamePluralsAndPossessivesGo() {
        assertThat(anonymiser.scrub("The Quillfeathers said so. Quillfeathers' notes, Quillfeather's notes, "
                + "Quillfeather\u2019s notes, Quillfeathers notes, QUILLFEATHERS and the Quillfeather-Odes."))
                .isEqualTo("The [the practitioner] said so. [the practitioner]' notes, [the practitioner]'s notes, "
                        + "[the practitioner]\u2019s notes, [the practitioner] notes, [the practitioner] and the [the practitioner].");
        assertThat(Anonymiser.of("Mr Chris Jones", "7000004").scrub("The Joneses and Jones's."))
                .isEqualTo("The [the practitioner] and [the practitioner]'s.");
    }

    @Test
    void lowerCaseWordsThatArePluralsOfTheNameStay() {
        assertThat(Anonymiser.of("Dr Ann Example", "7000001").scrub("Two examples from Dr Example's practice, and Examples."))
                .isEqualTo("Two examples from [the practitioner]'s practice, and [the practitioner].");
    }

    @Test
    void anAccentLeftOutOrWrittenApartStillMatches() {
        Anonymiser accented = Anonymiser.of("Mr Se\u00e1n Z\u00f6ller", "7000005");
        assertThat(accented.scrub("Sean Zoller, Se\u0301an and ZO\u0308LLER."))
                .isEqualTo("[the practitioner], [the practitioner] and [the practitioner].");
    }

    @Test
    void whatIsNotThePractitionerStaysExactlyAsWritten() {
        String text = "On 12.03.2026 the \uff21\uff22\uff23 team\u2019s caf\u00e9 \u2013 co\u00f6perative \ufb01ne\u2026 "
                + "paid \u00a31,000,000 to 2 people.";
        assertThat(anonymiser.scrub(text)).isEqualTo(text);
        assertThat(anonymiser.scrub("Dr Quillfeather\u2019s caf\u00e9 \u2013 fine.")).isEqualTo(
                "[the practitioner]\u2019s caf\u00e9 \u2013 fine.");
    }
}
