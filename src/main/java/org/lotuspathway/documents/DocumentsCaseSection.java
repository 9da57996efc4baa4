package org.lotuspathway.documents;

import java.util.ArrayList;
import java.util.List;

import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Component;

/** The case page's documents, with the form to add one; each added or withdrawn on the timeline. */
@Component
class DocumentsCaseSection implements CaseSection {

    private final CaseDocuments documents;

    DocumentsCaseSection(CaseDocuments documents) {
        this.documents = documents;
    }

    /** What the section shows: the documents, and what the form to add one offers. */
    record OnCase(String businessKey, List<CaseDocument> documents, List<DocumentKind> kinds, String maxSize) {
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String template() {
        return "documents/case-section";
    }

    @Override
    public Part read(String businessKey) {
        List<CaseDocument> onCase = documents.of(businessKey);
        List<TimelineEntry> timeline = new ArrayList<>();
        for (CaseDocument document : onCase) {
            timeline.add(new TimelineEntry(document.recordedAt(), document.recordedBy(),
                    "Document added: " + document.title(), document.kind().label() + ", " + document.type().label()
                            + (document.shareable() ? ", shared with the practitioner" : ""),
                    TimelineEntry.Kind.RECORD));
            if (document.isWithdrawn()) {
                timeline.add(new TimelineEntry(document.withdrawnAt().orElseThrow(), document.withdrawnBy().orElseThrow(),
                        "Document withdrawn: " + document.title(), document.withdrawalReason().orElseThrow(),
                        TimelineEntry.Kind.RECORD));
            }
        }
        return new Part(new OnCase(businessKey, onCase, List.of(DocumentKind.values()), documents.maxSizeInWords()),
                timeline);
    }
}
