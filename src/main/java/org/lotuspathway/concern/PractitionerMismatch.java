package org.lotuspathway.concern;

/**
 * A concern whose registration number belongs to a practitioner on record under another name or
 * profession. It is not filed until the person raising it says whether this is the same person
 * (their details are then updated, and the change recorded) or corrects the number: a concern is
 * never filed against a different person without a word.
 */
public class PractitionerMismatch extends RuntimeException {

    /** A practitioner as the two sides show them. */
    public record Details(String name, String title, String givenNames, String familyName, Profession profession,
            Register register, String registerNumber) {

        static Details of(Practitioner practitioner) {
            PersonalName name = practitioner.personalName();
            return new Details(practitioner.name(), name.title(), name.givenNames(), name.familyName(),
                    practitioner.profession(), practitioner.register(), practitioner.registerNumber());
        }

        static Details of(PractitionerDetails given) {
            PersonalName name = given.personalName();
            return new Details(name.fullName(), name.title(), name.givenNames(), name.familyName(), given.profession(),
                    given.register(), given.registerNumber().strip());
        }

        public String registration() {
            return register + " " + registerNumber;
        }

        public String professionLabel() {
            return profession == null ? null : profession.label();
        }
    }

    private final Details onRecord;
    private final Details given;
    private final long concernsOnRecord;

    PractitionerMismatch(Details onRecord, Details given, long concernsOnRecord) {
        super(onRecord.registration() + " is " + onRecord.name() + ", " + onRecord.professionLabel()
                + ", on record; the concern names " + given.name() + ", " + given.professionLabel());
        this.onRecord = onRecord;
        this.given = given;
        this.concernsOnRecord = concernsOnRecord;
    }

    public Details onRecord() {
        return onRecord;
    }

    public Details given() {
        return given;
    }

    /** How many concerns are already filed against the practitioner on record. */
    public long concernsOnRecord() {
        return concernsOnRecord;
    }
}
