package org.lotuspathway.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSummaryPart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The papers' summary of the latest triage: the risk band and how it was reached. */
@Component
class TriageSummaryPart implements CaseSummaryPart {

    private final Concerns concerns;
    private final TriageAssessmentRepository triage;

    TriageSummaryPart(Concerns concerns, TriageAssessmentRepository triage) {
        this.concerns = concerns;
        this.triage = triage;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> summarise(String businessKey) {
        return triage.findFirstByConcernOrderByRecordedAtDescIdDesc(concerns.get(businessKey)).map(t -> {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("Risk band", t.riskBand().map(band -> band.label()).orElse("Not yet stratified")));
            lines.add(new Line("Risk score", t.riskScore() + " (likelihood " + t.likelihood() + " × impact " + t.impact() + ")"));
            lines.add(new Line("Immediate risk", t.immediateRisk() ? "Yes" : "No"));
            lines.add(new Line("Insight", switch (t.insight()) {
                case FULL -> "Full";
                case PARTIAL -> "Partial";
                case NONE -> "None";
            }));
            lines.add(new Line("Triage notes", t.triageNotes()));
            return new Summary("Triage and risk", lines);
        });
    }
}
