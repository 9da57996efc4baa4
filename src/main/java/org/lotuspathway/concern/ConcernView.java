package org.lotuspathway.concern;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lotuspathway.process.engine.PathwayHistory;

/** A concern as the JSON API shows it. */
record ConcernView(
        String businessKey,
        String stage,
        String stageLabel,
        String riskBand,
        PractitionerView practitioner,
        ConcernSource source,
        Set<ConcernArea> concernAreas,
        String summary,
        LocalDate receivedOn,
        LocalDate closedOn,
        List<PathwayHistory.PastStep> history) {

    record PractitionerView(String name, Profession profession, Register register, String registerNumber) {
    }

    static ConcernView of(Concern concern, List<PathwayHistory.PastStep> history) {
        Practitioner p = concern.practitioner();
        return new ConcernView(concern.businessKey(), concern.stage().name(), concern.stage().label(),
                concern.riskBand().map(Enum::name).orElse(null),
                new PractitionerView(p.name(), p.profession(), p.register(), p.registerNumber()),
                concern.source(), concern.areas(), concern.summary(), concern.receivedOn(),
                concern.closedOn().orElse(null), history);
    }
}
