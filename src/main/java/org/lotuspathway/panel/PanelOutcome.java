package org.lotuspathway.panel;

import java.util.Optional;

import org.lotuspathway.process.CaseOutcome;
import org.springframework.stereotype.Component;

/** A case's outcome, once a panel has discussed it: the panel's latest decision. */
@Component
class PanelOutcome implements CaseOutcome {

    private final PanelDiscussions panel;

    PanelOutcome(PanelDiscussions panel) {
        this.panel = panel;
    }

    @Override
    public int precedence() {
        return 10;
    }

    @Override
    public Optional<String> of(String businessKey) {
        return panel.latest(businessKey).map(discussion -> discussion.decision().label());
    }
}
