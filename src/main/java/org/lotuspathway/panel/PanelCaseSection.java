package org.lotuspathway.panel;

import java.util.List;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Component;

/** The case page's panel decisions, round by round. */
@Component
class PanelCaseSection implements CaseSection {

    private final Concerns concerns;
    private final PanelDiscussionRepository discussions;

    PanelCaseSection(Concerns concerns, PanelDiscussionRepository discussions) {
        this.concerns = concerns;
        this.discussions = discussions;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "panel/case-section";
    }

    @Override
    public Part read(String businessKey) {
        List<PanelDiscussion> discussed = discussions.findByConcernOrderByRoundAsc(concerns.get(businessKey));
        return new Part(discussed, discussed.stream().map(d -> new TimelineEntry(d.recordedAt(), d.recordedBy(),
                "Panel decided: " + d.decision().label(), d.reasons(), TimelineEntry.Kind.RECORD)).toList());
    }
}
