package org.lotuspathway.meetings;

import org.lotuspathway.concern.Stage;
import org.lotuspathway.panel.PanelDiscussionRecorded;
import org.lotuspathway.process.StageEntered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps agendas in step with the pathway, inside the engine's transaction: a case reaching the
 * panel discussion is placed; one whose discussion is recorded from its own task leaves its agenda.
 */
@Component
class PanelArrivals {

    private final Agenda agenda;

    PanelArrivals(Agenda agenda) {
        this.agenda = agenda;
    }

    @EventListener
    void reachedThePanel(StageEntered entered) {
        if (Stage.PANEL.name().equals(entered.stage())) {
            agenda.place(entered.businessKey());
        }
    }

    @EventListener
    void discussed(PanelDiscussionRecorded recorded) {
        agenda.recordedFromTask(recorded.businessKey());
    }
}
