package org.lotuspathway.learning.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the scan takes for an identifier, and ordinary learning it leaves alone. */
class IdentifierScanTests {

    static final IdentifierScan.Scanner SCANNER = new IdentifierScan.Scanner(
            Set.of("ottoline wrenfeather", "cara manager"), Set.of("wrenfeather", "manager"), Set.of("98765"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ottoline Wrenfeather was not told.|" + IdentifierScan.NAME,
            "Dr Wrenfeather's practice had no pack.|" + IdentifierScan.NAME,
            "ＯＴＴＯＬＩＮＥ ＷＲＥＮＦＥＡＴＨＥＲ|" + IdentifierScan.NAME,
            "Her GMC number 7000001 was checked.|" + IdentifierScan.REGISTRATION,
            "GDC 98765 on the list|" + IdentifierScan.REGISTRATION,
            "The optometrist 01-12345 was told.|" + IdentifierScan.REGISTRATION,
            "See PSC-2026-00042.|" + IdentifierScan.CASE_REFERENCE,
            "Write to someone@example.org today.|" + IdentifierScan.EMAIL,
            "Ring 0113 496 0000 for help.|" + IdentifierScan.PHONE,
            "Ring +44 113 496 0000 for help.|" + IdentifierScan.PHONE,
            "The practice at LS1 4AP closed.|" + IdentifierScan.POSTCODE,
            // from the outside attack: spaced digits, other separators, Cyrillic letters that look Latin
            "Ring 0 1 1 3 4 9 6 0 0 0 0 later.|" + IdentifierScan.PHONE,
            "Ring 0113/496/0000 later.|" + IdentifierScan.PHONE,
            "Ring 0113_496_0000 later.|" + IdentifierScan.PHONE,
            "The practice at LS1-4AP closed.|" + IdentifierScan.POSTCODE,
            "The practice at LS1.4AP closed.|" + IdentifierScan.POSTCODE,
            "\u041ettoline Wr\u0435nfeather was not told.|" + IdentifierScan.NAME,
            "Her GMC number 700 0001 was checked.|" + IdentifierScan.REGISTRATION,
            "Number 98 765 was checked.|" + IdentifierScan.REGISTRATION})
    void findsIdentifiers(String text, String kind) {
        assertThat(SCANNER.find(text)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[the practitioner] was told promptly and kindly by [registration number]'s team.",
            "The case manager met the practice manager on the 2nd and the 3rd; 12 of 2026's 40 cases.",
            "Referral tracking was added to the induction in Q4 2026, after 3 weeks.",
            "A wren's feather: nothing to do with anyone.",
            "The practice sees over 1 000 000 patients a year.",
            "Reviewed on 2026-11-18 and again on 2026.12.02."})
    void leavesOrdinaryLearningAlone(String text) {
        assertThat(SCANNER.find(text)).isEmpty();
    }
}
