package org.lotuspathway.panel;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSummaryPart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The papers' summary of earlier panel decisions on the case, round by round. */
@Component
class PanelSummaryPart implements CaseSummaryPart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Concerns concerns;
    private final PanelDiscussionRepository discussions;

    PanelSummaryPart(Concerns concerns, PanelDiscussionRepository discussions) {
        this.concerns = concerns;
        this.discussions = discussions;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> summarise(String businessKey) {
        List<Line> lines = discussions.findByConcernOrderByRoundAsc(concerns.get(businessKey)).stream()
                .map(d -> new Line("Round " + d.round() + ", " + d.meetingDate().format(DAY),
                        d.decision().label() + ". " + d.reasons()))
                .toList();
        return Optional.of(new Summary("Earlier panel decisions",
                lines.isEmpty() ? List.of(new Line("", "None: this is the case's first panel discussion.")) : lines));
    }
}
