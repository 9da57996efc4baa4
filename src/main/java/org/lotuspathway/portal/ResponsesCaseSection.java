package org.lotuspathway.portal;

import java.util.List;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Component;

/** The case page's messages from the practitioner: comments and call requests. */
@Component
class ResponsesCaseSection implements CaseSection {

    private final Concerns concerns;
    private final PractitionerResponseRepository responses;

    ResponsesCaseSection(Concerns concerns, PractitionerResponseRepository responses) {
        this.concerns = concerns;
        this.responses = responses;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "portal/case-section";
    }

    @Override
    public Part read(String businessKey) {
        List<PractitionerResponse> responded = responses.findByConcernOrderByRecordedAtAsc(concerns.get(businessKey));
        return new Part(responded, responded.stream().map(r -> new TimelineEntry(r.recordedAt(), r.recordedBy(),
                "Practitioner responded: " + r.kind().label(), r.message(), TimelineEntry.Kind.RECORD)).toList());
    }
}
