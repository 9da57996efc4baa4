package org.lotuspathway.casefile;

import java.util.List;

import org.lotuspathway.common.HiddenCharacters;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case team's notes on a case: written on the case page, shown there newest first and on its
 * timeline, never to the practitioner (the portal and the practitioner's API read nothing of them).
 * Each is written to the audit log by the case page's request (audit/AuditedRequests).
 */
@Service
class CaseNotes implements CaseSection {

    private final CaseNoteRepository notes;
    private final Concerns concerns;
    private final PathwayClock clock;

    CaseNotes(CaseNoteRepository notes, Concerns concerns, PathwayClock clock) {
        this.notes = notes;
        this.concerns = concerns;
        this.clock = clock;
    }

    @Transactional
    CaseNote write(String businessKey, String text, String by) {
        String note = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (note.isEmpty()) {
            throw InvalidSubmission.of("note", "Write the note");
        }
        if (note.length() > CaseNote.MAX_LENGTH) {
            throw InvalidSubmission.of("note", "A note must be " + CaseNote.MAX_LENGTH + " characters or fewer");
        }
        if (HiddenCharacters.in(note)) {
            throw InvalidSubmission.of("note", HiddenCharacters.problem("The note"));
        }
        return notes.save(new CaseNote(concerns.get(businessKey), note, by, clock.now()));
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String template() {
        return "casefile/notes-section";
    }

    @Override
    public Part read(String businessKey) {
        List<CaseNote> written = notes.findByConcernOrderByRecordedAtDescIdDesc(concerns.get(businessKey));
        return new Part(written, written.stream().map(note -> new TimelineEntry(note.recordedAt(), note.recordedBy(),
                "Case note", note.text(), TimelineEntry.Kind.RECORD)).toList());
    }
}
