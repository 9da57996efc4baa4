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

    /** The name in parts as kept; {@code nameConfirmed} false while they are only our split of one written name. */
    record PractitionerView(String name, String title, String givenNames, String familyName,
            FormOfAddress formOfAddress, boolean nameConfirmed, Profession profession, Register register,
            String registerNumber) {
    }

    static ConcernView of(Concern concern, List<PathwayHistory.PastStep> history) {
        Practitioner p = concern.practitioner();
        return new ConcernView(concern.businessKey(), concern.stage().name(), concern.stage().label(),
                concern.riskBand().map(Enum::name).orElse(null),
                practitionerView(p),
                concern.source(), concern.areas(), concern.summary(), concern.receivedOn(),
                concern.closedOn().orElse(null), history);
    }

    private static PractitionerView practitionerView(Practitioner p) {
        PersonalName name = p.personalName();
        return new PractitionerView(p.name(), name.title(), name.givenNames(), name.familyName(), name.formOfAddress(),
                p.nameConfirmed(), p.profession(), p.register(), p.registerNumber());
    }
}
