package org.lotuspathway.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How to reach a practitioner: read for the case team's tasks, changed by the practitioner in the
 * portal or by the case team, each change kept in the record's history and written to the audit log
 * under the practitioner's registration (which fields, never their values).
 */
@Service
public class PractitionerContacts {

    private final PractitionerRecords records;
    private final PractitionerRecordRepository stored;
    private final StatusChangeRepository changes;
    private final Concerns concerns;
    private final PathwayClock clock;
    private final AuditLog audit;

    PractitionerContacts(PractitionerRecords records, PractitionerRecordRepository stored,
            StatusChangeRepository changes, Concerns concerns, PathwayClock clock, AuditLog audit) {
        this.records = records;
        this.stored = stored;
        this.changes = changes;
        this.concerns = concerns;
        this.clock = clock;
        this.audit = audit;
    }

    /** The contact details of the practitioner a case is about, if any are recorded. */
    @Transactional(readOnly = true)
    public Optional<ContactDetails> ofCase(String businessKey) {
        return stored.findById(concerns.get(businessKey).practitioner().id()).flatMap(PractitionerRecord::contact);
    }

    /** The one practitioner whose record has this email, if exactly one has (single sign-on's match). */
    @Transactional(readOnly = true)
    public Optional<Long> practitionerWithEmail(String email) {
        List<Long> found = stored.practitionersWithEmail(email.trim());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** As the form shows them now. */
    @Transactional(readOnly = true)
    public ContactInput current(Practitioner practitioner) {
        return ContactInput.of(stored.findById(practitioner.id()).flatMap(PractitionerRecord::contact).orElse(null));
    }

    /** By the case team. */
    @Transactional
    public void change(String register, String number, ContactInput input, String by) {
        change(records.find(register, number), input, by);
    }

    /** By the practitioner themself: their own record only, anyone else's is "not found". */
    @Transactional
    public void changeOwn(String username, String register, String number, ContactInput input) {
        Practitioner practitioner = records.find(register, number);
        if (!practitioner.username().map(username::equals).orElse(false)) {
            throw new UnknownPractitioner(register + " " + number);
        }
        change(practitioner, input, username);
    }

    private void change(Practitioner practitioner, ContactInput input, String by) {
        Map<String, String> problems = input.problems();
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        PractitionerRecord record = stored.findById(practitioner.id())
                .orElseGet(() -> new PractitionerRecord(practitioner.id()));
        List<StatusChange> changed = record.record(input.toDetails(), by, clock.now());
        stored.save(record);
        changes.saveAll(changed);
        audit.record(by, AuditAction.CHANGED_CONTACT_DETAILS, practitioner.registration(), changed.isEmpty()
                ? "saved again, nothing changed" : String.join(", ", changed.stream().map(StatusChange::field).toList()));
    }
}
