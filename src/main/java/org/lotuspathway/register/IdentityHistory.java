package org.lotuspathway.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerIdentityChanged;
import org.lotuspathway.process.PathwayClock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A practitioner's name or profession changed at intake, confirmed by the person raising a concern:
 * the record's history keeps each field, before and after, and the audit log says so under the
 * practitioner's registration. In the intake's own transaction, so the change and its record are
 * saved together or not at all.
 */
@Component
class IdentityHistory {

    private final StatusChangeRepository changes;
    private final AuditLog audit;
    private final PathwayClock clock;

    IdentityHistory(StatusChangeRepository changes, AuditLog audit, PathwayClock clock) {
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void record(PractitionerIdentityChanged change) {
        Practitioner practitioner = change.practitioner();
        List<StatusChange> lines = new ArrayList<>();
        if (!Objects.equals(change.nameBefore(), practitioner.name())) {
            lines.add(new StatusChange(practitioner.id(), RecordPart.IDENTITY, "name", change.nameBefore(),
                    practitioner.name(), change.changedBy(), clock.now()));
        }
        if (change.professionBefore() != practitioner.profession()) {
            lines.add(new StatusChange(practitioner.id(), RecordPart.IDENTITY, "profession",
                    RecordValues.of(change.professionBefore()), RecordValues.of(practitioner.profession()),
                    change.changedBy(), clock.now()));
        }
        changes.saveAll(lines);
        // The names stay in the record's history, which erasure can reach; the append-only log names fields only.
        audit.record(change.changedBy(), AuditAction.CONFIRMED_SAME_PRACTITIONER, practitioner.registration(),
                "raising " + change.businessKey() + ": changed "
                        + String.join(" and ", lines.stream().map(StatusChange::field).toList()));
    }
}
