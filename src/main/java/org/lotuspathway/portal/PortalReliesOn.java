package org.lotuspathway.portal;

import java.util.List;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.ReliedOnStep;
import org.springframework.stereotype.Component;

/** The practitioner's portal relies on their comments and call requests reaching a case manager. */
@Component
class PortalReliesOn implements ReliedOn {

    @Override
    public List<ReliedOnStep> steps() {
        return List.of(
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.EVENT_PRACTITIONER_RESPONDED, "startEvent",
                        "Practitioner responded", "the portal: a practitioner's comment or call request would reach nobody"),
                ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.TASK_REPLY_TO_PRACTITIONER, "userTask",
                        "Reply to the practitioner", "the portal: nobody would be asked to reply to the practitioner")
                        .after(ConcernPathway.EVENT_PRACTITIONER_RESPONDED));
    }
}
