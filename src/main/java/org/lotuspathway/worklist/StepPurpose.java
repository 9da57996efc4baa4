package org.lotuspathway.worklist;

import java.util.Map;
import java.util.Optional;

import org.lotuspathway.process.ConcernPathway;

/**
 * The one sentence a task page starts with: what this step is for, and what happens after it, as
 * the pathway's diagrams route it. A step a lead adds in the modeler has none until one is written
 * here; its page then starts with its form, as before.
 */
final class StepPurpose {

    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry(ConcernPathway.TASK_TRIAGE_CONCERN, "This step weighs how likely and how serious the concern is, "
                    + "which sets the risk band: low goes to a local resolution, moderate to an investigation, and "
                    + "high to the Responsible Officer and an urgent panel."),
            Map.entry(ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "This step records what was agreed with the "
                    + "practitioner to settle a low-risk concern locally; after it, the case goes to the lessons review "
                    + "and then closes."),
            Map.entry(ConcernPathway.TASK_CONSIDER_INTERIM_ACTION, "This step is the Responsible Officer's decision on "
                    + "whether patients need protecting while the case goes on, and telling the practitioner; after it, "
                    + "the case goes to the panel."),
            Map.entry(ConcernPathway.TASK_GATHER_INFORMATION, "This step gathers the facts the panel needs to decide; "
                    + "after it, the case goes to the next panel discussion."),
            Map.entry(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "This step records what the Performance Advisory Group "
                    + "(PAG) discussed and decided; after it, the case manager writes to the practitioner, a wellbeing "
                    + "check-in starts, and the decision sets the next step."),
            Map.entry(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, "This step sends the practitioner a kind, plain "
                    + "letter about the panel's discussion; after it, the case follows the panel's decision."),
            Map.entry(ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE, "This step records what you did about a practitioner's "
                    + "update that is late; the update itself stays open until it is sent."),
            Map.entry(ConcernPathway.TASK_SUPPORT_AND_MONITOR, "This step records how the agreed support or monitoring "
                    + "plan went; after it, the case goes back to the panel to review progress."),
            Map.entry(ConcernPathway.TASK_REFER_TO_PPA, "This step records the referral to Practitioner Performance "
                    + "Advice (PPA) and their advice; after it, the case goes back to the panel."),
            Map.entry(ConcernPathway.TASK_REFER_TO_REGULATOR, "This step records the referral to the practitioner's "
                    + "regulator; after it, the case goes back to the panel."),
            Map.entry(ConcernPathway.TASK_REFER_TO_PLDP, "This step records the referral to the Performers List "
                    + "Decision Panel (PLDP) and what it decided; after it, the case goes to the lessons review and "
                    + "then closes."),
            Map.entry(ConcernPathway.TASK_REVIEW_LESSONS, "This step records what the team and the wider system can "
                    + "learn from the case; after it, the case manager closes the case."),
            Map.entry(ConcernPathway.TASK_CLOSE_CASE, "This step closes the case and sends the practitioner the final "
                    + "letter; after it, nothing more is due on the case."),
            Map.entry(ConcernPathway.TASK_REPLY_TO_PRACTITIONER, "This step records how you answered a message or a call "
                    + "request the practitioner sent from the portal; the rest of the case goes on as before."),
            Map.entry(ConcernPathway.TASK_CHECK_IN, "This step records how the practitioner is when you check in on "
                    + "them; an urgent concern goes at once to the Responsible Officer, otherwise the next check-in "
                    + "comes in its turn."),
            Map.entry(ConcernPathway.TASK_FOLLOW_UP_MISSED_CHECK_IN, "This step records what you did about a wellbeing "
                    + "check-in that was missed; the check-in itself stays open until it is done."),
            Map.entry(ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN, "This step records how the urgent wellbeing concern "
                    + "was answered, so the practitioner is safe; after it, check-ins go on in their usual rhythm."),
            Map.entry(ConcernPathway.TASK_FOLLOW_UP_CHECK_DUE, "This step makes sure a practitioner's check (such as "
                    + "registration or vetting) is done before it falls due; after it, nothing more is due until the "
                    + "next check."),
            Map.entry(ConcernPathway.TASK_ANSWER_CORRECTION_REQUEST, "This step answers the practitioner's request to "
                    + "correct their record, and records what you told them; after it, the request is closed."));

    private StepPurpose() {
    }

    static Optional<String> of(String taskKey) {
        return Optional.ofNullable(SENTENCES.get(taskKey));
    }
}
