package org.lotuspathway.meetings;

import java.util.List;

import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.process.CaseSummaryPart;

/** One case in a meeting's papers: its place on the agenda, its summary, and its panel papers. */
record PaperCase(int position, String businessKey, String practitioner, boolean urgent,
        List<CaseSummaryPart.Summary> summary, List<CaseDocuments.Download> papers) {
}
