package org.lotuspathway.insights.equality;

import java.util.List;

import org.lotuspathway.concern.EqualityAnswers;

/** What equality monitoring looks at, each as asked at intake and kept in concern_equality. */
public enum Characteristic {
    ETHNICITY("ethnicity", "Ethnic group", "ethnicity", EqualityAnswers.Ethnicity.values()),
    PLACE_OF_QUALIFICATION("place-of-qualification", "Place of primary qualification", "place_of_qualification",
            EqualityAnswers.PlaceOfQualification.values()),
    SEX("sex", "Sex", "sex", EqualityAnswers.Sex.values()),
    AGE_BAND("age-band", "Age", "age_band", EqualityAnswers.AgeBand.values()),
    DISABILITY("disability", "Disability", "disability", EqualityAnswers.Disability.values()),
    ROLE("role", "Role", "practice_role", EqualityAnswers.PracticeRole.values());

    /** Not a group anyone chose: no answer was given at intake. */
    public static final String NOT_RECORDED = "NOT_RECORDED";
    public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

    private final String key;
    private final String label;
    private final String column;
    private final List<EqualityAnswers.Group> groups;

    Characteristic(String key, String label, String column, EqualityAnswers.Group[] groups) {
        this.key = key;
        this.label = label;
        this.column = column;
        this.groups = List.of(groups);
    }

    /** As in settings ({@code lotus.equality.baseline.<key>}) and URLs. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The column of concern_equality; from this enum only, never from a request. */
    String column() {
        return column;
    }

    /** Every answer, "prefer not to say" last. */
    public List<EqualityAnswers.Group> groups() {
        return groups;
    }

    public static Characteristic byKey(String key) {
        for (Characteristic characteristic : values()) {
            if (characteristic.key.equals(key) || characteristic.name().equals(key)) {
                return characteristic;
            }
        }
        return null;
    }
}
