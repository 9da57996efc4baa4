package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.FormOfAddress;
import org.lotuspathway.concern.PersonalName;

/** The panel's words about the practitioner are found, and said to them instead. */
class SecondPersonTests {

    static final PersonalName ANN = new PersonalName("Dr", "Ann", "Example", FormOfAddress.TITLE_AND_FAMILY_NAME);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dr Example has kept good notes since then.          | You have kept good notes since then.
            Dr Ann Example will meet her appraiser in January.  | You will meet your appraiser in January.
            The panel thanked Dr Example for her reflection.    | The panel thanked you for your reflection.
            Dr Example's referrals were late. She agrees.       | Your referrals were late. You agree.
            The practitioner is on leave, and he was unwell.    | You are on leave, and you were unwell.
            We will write to her and to the practice.           | We will write to you and to the practice.
            Ann replies quickly, and she says thank you.         | You reply quickly, and you say thank you.
            The practice manager will send the records.         | The practice manager will send the records.
            """)
    void speaksToThePractitioner(String aboutThem, String toThem) {
        assertThat(SecondPerson.rewrite(aboutThem, ANN)).isEqualTo(toThem);
        assertThat(SecondPerson.thirdPersonIn(toThem, ANN)).isEmpty();
    }

    @Test
    void findsEachWayTheTextSpeaksAboutThem() {
        assertThat(SecondPerson.thirdPersonIn("Dr Example said she would reflect. The doctor agreed, as did Ann.", ANN))
                .containsExactly("Dr Example", "Ann", "The doctor", "she");
    }

    @Test
    void aFamilyNameThatIsAlsoAWordIsOnlyTheNameWithItsCapital() {
        PersonalName will = new PersonalName("Mr", "Tom", "Will", FormOfAddress.TITLE_AND_FAMILY_NAME);

        assertThat(SecondPerson.thirdPersonIn("We will write soon.", will)).isEmpty();
        assertThat(SecondPerson.rewrite("Mr Will will write soon.", will)).isEqualTo("You will write soon.");
    }
}
