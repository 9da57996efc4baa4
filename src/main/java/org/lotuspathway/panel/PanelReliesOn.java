package org.lotuspathway.panel;

import java.util.List;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.ReliedOnStep;
import org.springframework.stereotype.Component;

/** The panel relies on the step where its discussion and decision are recorded. */
@Component
class PanelReliesOn implements ReliedOn {

    @Override
    public List<ReliedOnStep> steps() {
        return List.of(ReliedOnStep.of(ConcernPathway.ID, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "userTask",
                        "Record the PAG/PSG discussion",
                        "the panel: its discussions and decisions would not be recorded, and no case would move on from it")
                .recordedBy("recordPanelDiscussion").reading(PanelAnswers.class));
    }
}
