package org.lotuspathway.governance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a subject access export holds about one practitioner, gathered once and then written
 * twice: as a readable PDF ({@link ExportPdf}) and as JSON ({@link ExportPackage}). Every value in
 * a part's entries is a string, number, boolean, date, instant, list or map.
 */
record ExportContent(Instant producedAt, Map<String, Object> practitioner, List<Part> record, List<CaseContent> cases,
        Part auditTrail, List<ExportFile> files, List<Withheld> withheld) {

    /** One titled part: its entries, each an ordered map of field to value. */
    record Part(String key, String title, List<Map<String, Object>> entries) {
    }

    record CaseContent(String businessKey, List<Part> parts) {
    }

    /** A file in the ZIP beside the PDF and the JSON: a letter as printed, or a document of a case. */
    record ExportFile(String path, byte[] bytes) {
    }

    /** A document kept out of the export, and why. */
    record Withheld(String businessKey, long documentId, String kind, Instant addedAt, String reason) {
    }
}
