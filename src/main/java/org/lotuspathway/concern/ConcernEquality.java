package org.lotuspathway.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lotuspathway.concern.EqualityAnswers.AgeBand;
import org.lotuspathway.concern.EqualityAnswers.Disability;
import org.lotuspathway.concern.EqualityAnswers.Ethnicity;
import org.lotuspathway.concern.EqualityAnswers.PlaceOfQualification;
import org.lotuspathway.concern.EqualityAnswers.PracticeRole;
import org.lotuspathway.concern.EqualityAnswers.Sex;

/**
 * The equality monitoring answers given when a concern was raised. Kept per concern, not per
 * practitioner: the rates at each stage count concerns, and an age band or role recorded then
 * stays true of that concern when a later one records different answers.
 */
@Entity
@Table(name = "concern_equality")
class ConcernEquality {

    @Id
    @Column(name = "concern_id")
    private Long concernId;

    @Enumerated(EnumType.STRING)
    private Ethnicity ethnicity;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_of_qualification")
    private PlaceOfQualification placeOfQualification;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    private Disability disability;

    @Enumerated(EnumType.STRING)
    @Column(name = "practice_role")
    private PracticeRole role;

    protected ConcernEquality() {
    }

    ConcernEquality(Concern concern, EqualityAnswers answers) {
        this.concernId = concern.id();
        this.ethnicity = answers.ethnicity();
        this.placeOfQualification = answers.placeOfQualification();
        this.sex = answers.sex();
        this.ageBand = answers.ageBand();
        this.disability = answers.disability();
        this.role = answers.role();
    }

    EqualityAnswers answers() {
        return new EqualityAnswers(ethnicity, placeOfQualification, sex, ageBand, disability, role);
    }
}
