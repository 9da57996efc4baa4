package org.lotuspathway.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.forms.ValidAnswers;

/**
 * Answers the demo team gives on each form: every required field filled with something a real
 * case manager might write, and the choices the walk makes (a decision, an outcome) on top.
 */
final class DemoAnswers {

    private static final Map<String, List<String>> TEXT = Map.ofEntries(
            Map.entry("triageNotes", List.of(
                    "Concern reviewed against the records available. Facts are clear; the practitioner has been told a concern was raised and offered support.",
                    "Two similar complaints in the past year. Context suggests workload pressure during a period of staff shortage.",
                    "Single incident with a clear explanation in the notes. Practitioner reflective when contacted.")),
            Map.entry("agreedActions", List.of(
                    "Reflective account to be written and discussed with the appraiser; audit of ten similar consultations.",
                    "Attend a communication skills workshop and review the practice's safety-netting template with a partner.")),
            Map.entry("interimReasons", List.of(
                    "The risk can be managed while the panel meets: the practitioner agreed to work under supervision meanwhile.",
                    "Serious allegation; the Responsible Officer considered suspension and agreed conditions instead.")),
            Map.entry("termsOfReference", List.of(
                    "Establish what happened in the consultations named in the complaint, and whether the care met the expected standard.",
                    "Review the prescribing records for the last six months and interview the practice team.")),
            Map.entry("findings", List.of(
                    "Records show gaps in safety-netting advice. The practitioner was working alone for most of the period with no induction.",
                    "Care was mostly appropriate; one referral was delayed because the practice's tracking system failed.",
                    "Prescribing outside guidance in several cases, with limited insight at first and clear reflection later.")),
            Map.entry("attendees", List.of("Chair (professional standards), clinical adviser, RO delegate, LMC nominee")),
            Map.entry("concernsConsidered", List.of("The concern as raised, the investigation findings and the practitioner's reflection.")),
            Map.entry("reasons", List.of(
                    "The panel weighed the risk to patients against the practitioner's insight and the support in place.",
                    "The findings show a pattern that needs a structured plan, with clear steps and regular review.",
                    "The concern was not upheld on the evidence; the practitioner has reflected well.")),
            Map.entry("nextSteps", List.of(
                    "The case manager will agree a plan with the practitioner and report back to the panel.",
                    "No further steps by the panel. The case moves to its lessons-learnt review.")),
            Map.entry("plan", List.of("Monthly supervision with a named GP trainer, audit at three months, support from NHS Practitioner Health.")),
            Map.entry("progress", List.of("Supervision attended; audit shows improvement; the practitioner reports feeling supported.")),
            Map.entry("questionsAsked", List.of("Is an assessment of clinical performance needed, and what remediation would Practitioner Performance Advice suggest?")),
            Map.entry("adviceReceived", List.of("An assessment is not needed; a targeted remediation plan is proportionate.")),
            Map.entry("pldpReasons", List.of("The panel found conditions proportionate to protect patients while the practitioner remediates.")),
            Map.entry("actionTaken", List.of("Called the practitioner the same day and agreed the next contact.", "Named contact followed up by phone.")),
            Map.entry("replySummary", List.of("Phoned the practitioner and explained the next steps.")),
            Map.entry("closureSummary", List.of("Case closed after the agreed actions were completed and the review recorded.")),
            Map.entry("notes", List.of("Practitioner coping but anxious about the process; support offered.",
                    "Sleeping badly and worried about the panel; signposted to NHS Practitioner Health.")),
            Map.entry("supportPlan", List.of("Fortnightly calls with the named contact; occupational health referral offered.")),
            Map.entry("immediateRiskDetails", List.of("Continuing to prescribe high-risk medicines without monitoring.")),
            Map.entry("previousConcernsDetails", List.of("A similar concern two years ago, resolved locally.")),
            Map.entry("wentWell", List.of(
                    "The practitioner was told promptly and kindly, and had a named contact from the first day.",
                    "Regular wellbeing check-ins kept the practitioner supported; the panel met within its deadlines.",
                    "Clear, factual triage; the case was proportionate to the risk and closed without delay.")),
            Map.entry("didNotGoWell", List.of(
                    "The practitioner had no induction when starting as a locum, so did not know the practice's referral tracking.",
                    "Updates after the panel were late twice; the practitioner said the silence was the hardest part.",
                    "Workload in a single-handed practice left no time for supervision, and nobody noticed the drift.",
                    "Information gathering took longer than planned while waiting for records from another organisation.")),
            Map.entry("contributoryNotes", List.of(
                    "Isolated role, no peer support, and an IT system that hid overdue referrals.",
                    "Staffing gaps meant long clinics without breaks for several months.")),
            Map.entry("practitionerExperience", List.of(
                    "Felt supported by the named contact but found the wait for the panel very stressful.",
                    "Described the process as fair and the letters as clear and kind.")),
            Map.entry("equalityReview", List.of(
                    "No indication that a protected characteristic affected how the concern was raised or handled.",
                    "An international graduate in a locum role without induction: the review asked whether the same concern would have been raised about a partner.")),
            Map.entry("sharingPlan", List.of(
                    "Shared at the quarterly learning event and in the practice managers' newsletter, anonymised.",
                    "Discussed with the training hub and added to the locum induction pack."))
    );

    private DemoAnswers() {
    }

    /** Valid answers to every required field of the form, then {@code choices} on top. */
    static Map<String, Object> forForm(FormSchema form, LocalDate today, Random random, Map<String, Object> choices) {
        Map<String, Object> answers = new HashMap<>(ValidAnswers.forRequired(form, today,
                field -> "textfield".equals(field.type()) ? "Cara Manager" : text(field.key(), random)));
        answers.putAll(choices);
        return answers;
    }

    static String text(String key, Random random) {
        List<String> options = TEXT.getOrDefault(key, List.of("Recorded as discussed with the team."));
        return options.get(random.nextInt(options.size()));
    }
}
