package org.lotuspathway.process;

import java.util.List;
import java.util.Set;

/**
 * The pathway's ids and variable names in one place. The diagrams in {@code processes/} use these
 * ids; process variables hold only what gateways, decisions and timers need.
 */
public final class ConcernPathway {

    public static final String ID = "concern-pathway";
    public static final String CHECK_IN_ID = "wellbeing-check-in";
    public static final String DECISION_TRIAGE_RISK = "triage-risk";

    public static final String START_CONCERN_RECEIVED = "StartEvent_ConcernReceived";
    public static final String TASK_TRIAGE_CONCERN = "Task_TriageConcern";
    public static final String RULE_STRATIFY_RISK = "Rule_StratifyRisk";
    public static final String GATEWAY_ROUTE = "Gateway_Route";
    public static final String TASK_AGREE_LOCAL_RESOLUTION = "Task_AgreeLocalResolution";
    public static final String TASK_CONSIDER_INTERIM_ACTION = "Task_ConsiderInterimAction";
    public static final String TASK_GATHER_INFORMATION = "Task_GatherInformation";
    public static final String TASK_HOLD_PANEL_DISCUSSION = "Task_HoldPanelDiscussion";
    public static final String TASK_SEND_PRACTITIONER_UPDATE = "Task_SendPractitionerUpdate";
    public static final String BOUNDARY_UPDATE_LATE = "Boundary_UpdateLate";
    public static final String TASK_FOLLOW_UP_LATE_UPDATE = "Task_FollowUpLateUpdate";
    public static final String CALL_CHECK_IN_AFTER_PANEL = "Call_CheckInAfterPanel";
    public static final String GATEWAY_PANEL_DECISION = "Gateway_PanelDecision";
    public static final String TASK_SUPPORT_AND_MONITOR = "Task_SupportAndMonitor";
    public static final String TASK_REFER_TO_PPA = "Task_ReferToPpa";
    public static final String TASK_REFER_TO_REGULATOR = "Task_ReferToRegulator";
    public static final String TASK_REFER_TO_PLDP = "Task_ReferToPldp";
    public static final String TASK_REVIEW_LESSONS = "Task_ReviewLessons";
    public static final String TASK_CLOSE_CASE = "Task_CloseCase";
    public static final String END_CONCERN_CLOSED = "EndEvent_ConcernClosed";
    public static final String EVENT_CHECK_IN_DUE = "Event_CheckInDue";
    public static final String CALL_REGULAR_CHECK_IN = "Call_RegularCheckIn";
    public static final String EVENT_PRACTITIONER_RESPONDED = "Event_PractitionerResponded";
    public static final String TASK_REPLY_TO_PRACTITIONER = "Task_ReplyToPractitioner";
    /** The message a practitioner's comment or call request sends to their case. */
    public static final String MESSAGE_PRACTITIONER_RESPONDED = "PractitionerResponded";

    public static final String TASK_CHECK_IN = "Task_CheckIn";
    public static final String BOUNDARY_CHECK_IN_MISSED = "Boundary_CheckInMissed";
    public static final String TASK_FOLLOW_UP_MISSED_CHECK_IN = "Task_FollowUpMissedCheckIn";
    public static final String TASK_RESPOND_TO_URGENT_CONCERN = "Task_RespondToUrgentConcern";
    public static final String END_CHECK_IN_DONE = "EndEvent_CheckInDone";

    /** A practitioner's revalidation, renewal or DBS check falling due, on their open case (register/). */
    public static final String CHECK_DUE_ID = "practitioner-check-due";
    public static final String TASK_FOLLOW_UP_CHECK_DUE = "Task_FollowUpCheckDue";
    /** A practitioner asking from the portal for their record to be corrected (register/). */
    public static final String RECORD_CORRECTION_ID = "practitioner-record-correction";
    public static final String TASK_ANSWER_CORRECTION_REQUEST = "Task_AnswerCorrectionRequest";

    /**
     * A practitioner writing from the portal after their case closed (portal/): the pathway has ended,
     * so this small process gives the team its "Reply to the practitioner" task.
     */
    public static final String MESSAGE_AFTER_CLOSURE_ID = "practitioner-message-after-closure";

    /** Every process whose instances carry a case's business key: their tasks are the case's tasks. */
    public static final List<String> CASE_PROCESSES = List.of(ID, CHECK_IN_ID, CHECK_DUE_ID, RECORD_CORRECTION_ID,
            MESSAGE_AFTER_CLOSURE_ID);

    /** Triage's "may be vulnerable now": the pathway checks in at once when it is true (Call_CheckInAtTriage). */
    public static final String VAR_WELLBEING_CONCERN = "wellbeingConcern";
    public static final String CALL_CHECK_IN_AT_TRIAGE = "Call_CheckInAtTriage";

    /** Inputs of the triage decision, set when the triage is recorded. */
    public static final String VAR_LIKELIHOOD = "likelihood";
    public static final String VAR_IMPACT = "impact";
    public static final String VAR_IMMEDIATE_RISK = "immediateRisk";
    public static final String VAR_PREVIOUS_CONCERNS = "previousConcerns";
    public static final String VAR_INSIGHT = "insight";
    /** The triage decision's inputs, kept as process variables for it (the listener sets them). */
    public static final Set<String> DECISION_INPUTS = Set.of(VAR_LIKELIHOOD, VAR_IMPACT, VAR_IMMEDIATE_RISK,
            VAR_PREVIOUS_CONCERNS, VAR_INSIGHT);
    /**
     * The answers that stay process variables after a step: the triage decision's inputs, and the
     * wellbeing flag that calls a check-in at once. Every other answer lives only in the case's records.
     */
    public static final Set<String> KEPT_AS_VARIABLES = Set.of(VAR_LIKELIHOOD, VAR_IMPACT, VAR_IMMEDIATE_RISK,
            VAR_PREVIOUS_CONCERNS, VAR_INSIGHT, VAR_WELLBEING_CONCERN);
    /** The decision's result (a map), replaced by the two plain variables below. */
    public static final String VAR_TRIAGE_OUTCOME = "triageOutcome";
    public static final String VAR_RISK_BAND = "riskBand";
    public static final String VAR_ROUTE = "route";
    public static final String VAR_PANEL_DECISION = "panelDecision";
    public static final String VAR_UPDATE_DUE = "updateDue";
    public static final String VAR_CHECK_IN_OUTCOME = "checkInOutcome";
    public static final String VAR_CHECK_IN_REASON = "checkInReason";

    /** The user task extension property that names the case's stage while the task is open. */
    public static final String PROPERTY_STAGE = "stage";

    private ConcernPathway() {
    }
}
