package org.lotuspathway.triage;

import java.util.List;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Component;

/** The case page's triage: the score, immediate risk, previous concerns and notes. */
@Component
class TriageCaseSection implements CaseSection {

    private final Concerns concerns;
    private final TriageAssessmentRepository triage;

    TriageCaseSection(Concerns concerns, TriageAssessmentRepository triage) {
        this.concerns = concerns;
        this.triage = triage;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "triage/case-section";
    }

    @Override
    public Part read(String businessKey) {
        List<TriageAssessment> triaged = triage.findByConcernOrderByRecordedAtAsc(concerns.get(businessKey));
        return new Part(triaged, triaged.stream().map(t -> new TimelineEntry(t.recordedAt(), t.recordedBy(),
                "Triage recorded", "Risk score " + t.riskScore() + t.riskBand().map(band -> ", " + band.label() + " risk")
                        .orElse(""), TimelineEntry.Kind.RECORD)).toList());
    }
}
