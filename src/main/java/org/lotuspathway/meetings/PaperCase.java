package org.lotuspathway.meetings;

import java.util.List;

import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.process.CaseSummaryPart;

/**
 * One case in a meeting's papers: its place on the agenda, its summary, and its panel papers; or,
 * for a reader who declared an interest in it, withheld (on the agenda, nothing more).
 */
record PaperCase(int position, String businessKey, String practitioner, boolean urgent, boolean withheld,
        List<CaseSummaryPart.Summary> summary, List<CaseDocuments.Download> papers) {

    static PaperCase withheld(int position, String businessKey, String practitioner, boolean urgent) {
        return new PaperCase(position, businessKey, practitioner, urgent, true, List.of(), List.of());
    }
}
