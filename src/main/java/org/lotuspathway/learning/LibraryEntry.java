package org.lotuspathway.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.panel.PanelDecision;
import org.lotuspathway.triage.Route;

/**
 * One review in the lessons library, as a reader sees it. Anonymised, it carries no case reference,
 * practitioner, registration number or reviewer, and its free text is scrubbed of the practitioner
 * (see {@link Anonymiser}); its date, and its actions' due dates, are to the month, and its actions carry
 * no owner (free text that may name anyone).
 */
public record LibraryEntry(
        long id,
        boolean anonymised,
        Instant reviewedAt,
        String reviewedBy,
        String businessKey,
        String practitioner,
        Profession profession,
        List<ConcernArea> areas,
        RiskBand riskBand,
        Route route,
        PanelDecision outcome,
        List<String> themes,
        List<SeipsFactor> factors,
        String wentWell,
        String didNotGoWell,
        String contributoryNotes,
        String practitionerExperience,
        String equalityReview,
        String sharingPlan,
        int actionCount,
        List<Action> actions) {

    /** {@code whatChanged}: how the learning was taken forward, recorded on {@code whatChangedOn} (anonymised: its month). */
    public record Action(String description, String owner, LocalDate dueOn, ActionStatus status, String whatChanged,
            LocalDate whatChangedOn) {
    }

    public String outcomeLabel() {
        return outcome == null ? "No panel (resolved locally)" : outcome.label();
    }
}
