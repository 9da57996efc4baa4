package org.lotuspathway.updates;

import java.util.List;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.ReliedOnStep;
import org.springframework.stereotype.Component;

/**
 * Letters rely on the update after every panel (with the timer that says when it is late, and the
 * Responsible Officer's follow-up) and on closure, where the final letter goes.
 */
@Component
class UpdatesReliesOn implements ReliedOn {

    @Override
    public List<ReliedOnStep> steps() {
        return List.of(
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, "userTask",
                                "Send the practitioner an update",
                                "the practitioner's update after every panel: no letter would be drafted or sent")
                        .recordedBy("recordPractitionerUpdate").reading(UpdateAnswers.class)
                        .after(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION),
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.BOUNDARY_UPDATE_LATE, "boundaryEvent", "Update is late",
                                "the lateness of updates: nobody would be told when a practitioner's update is late")
                        .attachedTo(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).onATimer(),
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE, "userTask",
                                "Follow up a late practitioner update",
                                "the Responsible Officer's follow-up of a late update, and its email")
                        .after(ConcernPathway.BOUNDARY_UPDATE_LATE),
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.TASK_CLOSE_CASE, "userTask",
                                "Close the case and send the final update",
                                "closure: cases would not close, and the final letter would not be sent")
                        .recordedBy("recordClosure").reading(ClosureAnswers.class),
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.END_CONCERN_CLOSED, "endEvent", "Concern closed",
                                "closure: a closed case's check-ins and open steps would carry on"));
    }
}
