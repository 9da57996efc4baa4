package org.lotuspathway.speakup;

/**
 * The ids of processes/speak-up-screening.bpmn: every report is one instance, whose business key
 * is the report's reference (SU-2026-00001), not a case's. Process variables hold only what its
 * gateways need.
 */
final class ScreeningProcess {

    static final String ID = "speak-up-screening";
    static final String FORM = "screen-concern";
    static final String START_REPORTED = "StartEvent_ConcernReported";
    static final String GATEWAY_URGENT = "Gateway_PatientsAtRiskNow";
    static final String TASK_TELL_RESPONSIBLE_OFFICER = "Task_TellResponsibleOfficer";
    static final String TASK_SCREEN = "Task_ScreenConcern";
    static final String GATEWAY_DECISION = "Gateway_ScreeningDecision";
    static final String GATEWAY_WAIT_FOR_ANSWER = "Gateway_WaitForAnswer";
    static final String EVENT_RAISER_ANSWERED = "Event_RaiserAnswered";
    static final String EVENT_NO_ANSWER = "Event_NoAnswer";
    static final String END_ACCEPTED = "EndEvent_AcceptedIntoPathway";
    static final String END_CLOSED = "EndEvent_ReportClosed";

    /** The message an answer from the raiser sends to their report's screening. */
    static final String MESSAGE_RAISER_ANSWERED = "SpeakUpRaiserAnswered";

    /** Whether the raiser said patients are at risk now: the Responsible Officer is told at once. */
    static final String VAR_URGENT = "urgent";
    /** What screening decided, a {@link ScreeningDecision} name, for the gateway after it. */
    static final String VAR_DECISION = "screeningDecision";

    private ScreeningProcess() {
    }
}
