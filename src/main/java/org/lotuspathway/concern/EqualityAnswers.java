package org.lotuspathway.concern;

import java.util.Arrays;
import java.util.Objects;

/**
 * Equality monitoring answers about the practitioner, given at intake. Every answer is optional,
 * and each offers "prefer not to say". They are kept with the concern (a snapshot of the day it was
 * raised) and only ever read in aggregate, by leads and the Responsible Officer.
 */
public record EqualityAnswers(Ethnicity ethnicity, PlaceOfQualification placeOfQualification, Sex sex,
        AgeBand ageBand, Disability disability, PracticeRole role) {

    /** One answer to one question. */
    public interface Group {

        String name();

        String label();
    }

    /** The high-level ethnic groups of the 2021 Census of England and Wales (ONS). */
    public enum Ethnicity implements Group {
        ASIAN("Asian, Asian British or Asian Welsh"),
        BLACK("Black, Black British, Black Welsh, Caribbean or African"),
        MIXED("Mixed or multiple ethnic groups"),
        WHITE("White"),
        OTHER("Other ethnic group"),
        PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        Ethnicity(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum PlaceOfQualification implements Group {
        UK("United Kingdom"),
        EEA("European Economic Area"),
        INTERNATIONAL("Elsewhere (international)"),
        PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        PlaceOfQualification(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Sex implements Group {
        FEMALE("Female"),
        MALE("Male"),
        PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        Sex(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum AgeBand implements Group {
        UNDER_35("Under 35"),
        FROM_35_TO_44("35 to 44"),
        FROM_45_TO_54("45 to 54"),
        FROM_55_TO_64("55 to 64"),
        OVER_64("65 or over"),
        PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        AgeBand(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Disability implements Group {
        YES("Disabled"),
        NO("Not disabled"),
        PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        Disability(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** How the practitioner works: isolated roles see more concerns (GMC, "Fair to refer?", 2019). */
    public enum PracticeRole implements Group {
        LOCUM("Locum"),
        SALARIED("Salaried"),
        PARTNER("Partner or principal"),
        SINGLE_HANDED("Single-handed"),
        PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        PracticeRole(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public boolean isEmpty() {
        return Arrays.stream(new Object[] {ethnicity, placeOfQualification, sex, ageBand, disability, role})
                .allMatch(Objects::isNull);
    }
}
