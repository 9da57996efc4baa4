package org.lotuspathway.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.Stage;

/** A practitioner's record as its pages and the API show it. */
public record PractitionerFile(Practitioner practitioner, List<CaseSummary> concerns, Optional<Registration> registration,
        Optional<PerformersListEntry> performersList, Optional<Vetting> vetting, Optional<LocalDate> nextVettingDue,
        List<DueCheck> checks, List<StatusChange> history, Optional<ContactDetails> contact) {

    /**
     * One concern about the practitioner, past or present, and what was decided: received on the
     * day it was raised with us, opened as a case on the day it was recorded here.
     */
    public record CaseSummary(String businessKey, Stage stage, LocalDate receivedOn, LocalDate openedOn, LocalDate closedOn,
            String outcome, boolean paused) {

        public boolean isOpen() {
            return stage != Stage.CLOSED;
        }
    }

    public boolean hasOpenCase() {
        return concerns.stream().anyMatch(CaseSummary::isOpen);
    }
}
