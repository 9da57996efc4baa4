package org.lotuspathway.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lotuspathway.updates.PractitionerUpdate;

/**
 * The practitioner's own case as the API shows it to them: what their portal's pages show, and
 * nothing the portal keeps from them (the summary, who raised it, the risk band, the steps).
 */
record PortalCaseView(String businessKey, LocalDate receivedOn, boolean closed, boolean paused, Stage stage,
        Instant nextStepExpectedBy, String namedContact, List<Letter> letters, int messagesSent,
        List<SharedDocument> documents) {

    record Stage(String title, String meaning, String next) {
    }

    record Letter(long id, String title, Instant sentAt, String page, String pdf) {
    }

    /** A document the case team shared with them. */
    record SharedDocument(long id, String title, String kind, String contentType, long size, Instant addedAt,
            String download) {
    }

    static PortalCaseView of(Portal.MyCase mine) {
        StageExplanation stage = mine.stage();
        return new PortalCaseView(mine.concern().businessKey(), mine.concern().receivedOn(), mine.concern().isClosed(),
                mine.concern().isPaused(), new Stage(stage.title(), stage.meaning(), stage.next()), mine.expectedBy(),
                mine.caseManager(), mine.letters().stream().map(PortalCaseView::letter).toList(),
                mine.responses().size(), mine.documents().stream().map(d -> new SharedDocument(d.id(), d.title(),
                        d.kind().label(), d.contentType(), d.size(), d.recordedAt(),
                        "/portal/cases/" + mine.concern().businessKey() + "/documents/" + d.id())).toList());
    }

    private static Letter letter(PractitionerUpdate update) {
        String page = "/portal/letters/" + update.id();
        return new Letter(update.id(), update.title(), update.sentAt(), page, page + "/letter.pdf");
    }
}
