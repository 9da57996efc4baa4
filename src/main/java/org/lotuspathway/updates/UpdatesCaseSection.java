package org.lotuspathway.updates;

import java.util.List;

import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Component;

/** The case page's updates sent to the practitioner, late ones marked. */
@Component
class UpdatesCaseSection implements CaseSection {

    private final Concerns concerns;
    private final PractitionerUpdateRepository updates;

    UpdatesCaseSection(Concerns concerns, PractitionerUpdateRepository updates) {
        this.concerns = concerns;
        this.updates = updates;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "updates/case-section";
    }

    @Override
    public Part read(String businessKey) {
        List<PractitionerUpdate> sent = updates.findByConcernOrderByRecordedAtAsc(concerns.get(businessKey));
        return new Part(sent, sent.stream().map(u -> new TimelineEntry(u.sentAt(), u.recordedBy(),
                u.kind() == UpdateKind.CLOSURE ? "Final update sent to the practitioner" : "Update sent to the practitioner",
                u.wasLate() ? "Sent after it was due" : null, TimelineEntry.Kind.RECORD)).toList());
    }
}
