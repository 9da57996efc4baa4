package org.lotuspathway.concern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name written in one piece is split as a person would read it, and letters greet people as they prefer. */
class PersonalNameTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Dr Ann Example            | Dr   | Ann        | Example
            dr. ann example           | Dr   | ann        | example
            Prof Mary Jane Smith-Jones| Prof | Mary Jane  | Smith-Jones
            Professor Li Wei          | Prof | Li         | Wei
            Mx Sam Taylor             | Mx   | Sam        | Taylor
            Miss  Olu   Adeyemi       | Miss | Olu        | Adeyemi
            Mrs Patel                 | Mrs  | -          | Patel
            Ann Example               | -    | Ann        | Example
            Draper                    | -    | -          | Draper
            Dr                        | -    | -          | Dr
            Drew Barker               | -    | Drew       | Barker
            """)
    void aWrittenNameIsSplitIntoATitleItKnowsGivenNamesAndTheLastWord(String written, String title, String given,
            String family) {
        PersonalName name = PersonalName.split(written, null);

        assertThat(name.title()).isEqualTo(title);
        assertThat(name.givenNames()).isEqualTo(given);
        assertThat(name.familyName()).isEqualTo(family);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Dr | Ann Maria | Example | TITLE_AND_FAMILY_NAME | Dr Example
            Dr | Ann Maria | Example | GIVEN_NAME            | Ann
            Dr | Ann Maria | Example | FULL_NAME             | Ann Maria Example
            -  | Ann       | Example | TITLE_AND_FAMILY_NAME | Ann Example
            Mx | -         | Taylor  | GIVEN_NAME            | Taylor
            Mx | -         | Taylor  | TITLE_AND_FAMILY_NAME | Mx Taylor
            """)
    void theSalutationFollowsTheFormOfAddressAndNeverLeavesAPartOut(String title, String given, String family,
            FormOfAddress form, String salutation) {
        assertThat(new PersonalName(title, given, family, form).salutation()).isEqualTo(salutation);
    }

    @Test
    void withoutAPreferenceLettersUseTitleAndFamilyName() {
        assertThat(PersonalName.split("Dr Ann Example", null).formOfAddress()).isEqualTo(FormOfAddress.TITLE_AND_FAMILY_NAME);
        assertThat(PersonalName.split("Dr Ann Example", null).salutation()).isEqualTo("Dr Example");
    }

    @Test
    void aNameWrittenInOnePieceWaitsForTheCaseManagerToConfirmIt() {
        Practitioner written = new Practitioner("Dr Ann Example", Profession.GP, Register.GMC, "7000001");

        assertThat(written.nameConfirmed()).isFalse();
        assertThat(written.salutation()).isEqualTo("Dr Example");

        written.confirmName(new PersonalName("Dr", "Ann", "Example", FormOfAddress.GIVEN_NAME));
        assertThat(written.nameConfirmed()).isTrue();
        assertThat(written.salutation()).isEqualTo("Ann");
        assertThat(written.name()).isEqualTo("Dr Ann Example");
    }
}
