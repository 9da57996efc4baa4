package org.lotuspathway.wellbeing;

import java.util.ArrayList;
import java.util.List;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Component;

/** The case page's wellbeing check-ins, and the case clock's pauses on the timeline. */
@Component
class WellbeingCaseSection implements CaseSection {

    private final Concerns concerns;
    private final CheckInRepository checkIns;
    private final CasePauseRepository pauses;

    WellbeingCaseSection(Concerns concerns, CheckInRepository checkIns, CasePauseRepository pauses) {
        this.concerns = concerns;
        this.checkIns = checkIns;
        this.pauses = pauses;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "wellbeing/case-section";
    }

    @Override
    public Part read(String businessKey) {
        Concern concern = concerns.get(businessKey);
        List<CheckIn> checkedIn = checkIns.findByConcernOrderByRecordedAtAsc(concern);
        List<TimelineEntry> timeline = new ArrayList<>();
        checkedIn.forEach(c -> timeline.add(new TimelineEntry(c.recordedAt(), c.recordedBy(),
                "Wellbeing check-in: " + c.outcome().label(), null, TimelineEntry.Kind.RECORD)));
        pauses.findByConcernOrderByRecordedAtAsc(concern).forEach(p -> {
            timeline.add(new TimelineEntry(p.recordedAt(), p.recordedBy(), "Case paused", p.reason(),
                    TimelineEntry.Kind.RECORD));
            p.resumedAt().ifPresent(at -> timeline.add(new TimelineEntry(at, p.resumedBy().orElse(null),
                    "Case resumed", null, TimelineEntry.Kind.RECORD)));
        });
        return new Part(checkedIn, timeline);
    }
}
