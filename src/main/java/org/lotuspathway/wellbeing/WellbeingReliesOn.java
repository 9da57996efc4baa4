package org.lotuspathway.wellbeing;

import java.util.List;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.ReliedOnStep;
import org.springframework.stereotype.Component;

/** Wellbeing relies on the regular check-ins, the check-in after each panel, and the check-in itself. */
@Component
class WellbeingReliesOn implements ReliedOn {

    @Override
    public List<ReliedOnStep> steps() {
        return List.of(
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.EVENT_CHECK_IN_DUE, "startEvent", "Check-in due",
                        "regular wellbeing check-ins (and pausing them with the case)").onATimer(),
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.CALL_REGULAR_CHECK_IN, "callActivity", "Regular check-in",
                        "regular wellbeing check-ins").calling(ConcernPathway.CHECK_IN_ID),
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.CALL_CHECK_IN_AFTER_PANEL, "callActivity",
                        "Check in after the panel", "the wellbeing check-in after every panel")
                        .calling(ConcernPathway.CHECK_IN_ID).after(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION),
                ReliedOnStep.of(ConcernPathway.CHECK_IN_ID, ConcernPathway.TASK_CHECK_IN, "userTask",
                        "Check in on the practitioner's wellbeing", "wellbeing check-ins: their answers would not be recorded")
                        .recordedBy("recordCheckIn").reading(CheckInAnswers.class),
                ReliedOnStep.of(ConcernPathway.CHECK_IN_ID, ConcernPathway.BOUNDARY_CHECK_IN_MISSED, "boundaryEvent",
                        "Check-in missed", "missed check-ins: nobody would follow them up, and the insights would not count them")
                        .attachedTo(ConcernPathway.TASK_CHECK_IN).onATimer(),
                ReliedOnStep.of(ConcernPathway.CHECK_IN_ID, ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN, "userTask",
                        "Respond to an urgent wellbeing concern",
                        "urgent wellbeing concerns: the Responsible Officer would not be asked, or emailed, to respond"));
    }
}
