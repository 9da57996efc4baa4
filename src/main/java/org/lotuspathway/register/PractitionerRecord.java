package org.lotuspathway.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A practitioner's registration, performers list and vetting as last recorded. Each part is
 * replaced whole; what changed, field by field, comes back as the history's new lines.
 */
@Entity
@Table(name = "practitioner_record")
public class PractitionerRecord {

    @Id
    @Column(name = "practitioner_id")
    private Long practitionerId;

    @Embedded
    private Registration registration;

    @Embedded
    private PerformersListEntry performersList;

    @Embedded
    private Vetting vetting;

    @Embedded
    private ContactDetails contact;

    @Version
    private Long version;

    protected PractitionerRecord() {
    }

    PractitionerRecord(Long practitionerId) {
        this.practitionerId = practitionerId;
    }

    List<StatusChange> record(Registration next, String by, Instant at) {
        List<StatusChange> changes = changes(RecordPart.REGISTRATION, registration == null ? null : registration.values(),
                next.values(), by, at);
        this.registration = next;
        return changes;
    }

    List<StatusChange> record(PerformersListEntry next, String by, Instant at) {
        List<StatusChange> changes = changes(RecordPart.PERFORMERS_LIST,
                performersList == null ? null : performersList.values(), next.values(), by, at);
        this.performersList = next;
        return changes;
    }

    List<StatusChange> record(Vetting next, String by, Instant at) {
        List<StatusChange> changes = changes(RecordPart.VETTING, vetting == null ? null : vetting.values(),
                next.values(), by, at);
        this.vetting = next;
        return changes;
    }

    List<StatusChange> record(ContactDetails next, String by, Instant at) {
        List<StatusChange> changes = changes(RecordPart.CONTACT, contact == null ? null : contact.values(),
                next.values(), by, at);
        this.contact = next.isEmpty() ? null : next;
        return changes;
    }

    private List<StatusChange> changes(RecordPart part, Map<String, String> before, Map<String, String> after,
            String by, Instant at) {
        Map<String, String> previous = before == null ? new HashMap<>() : before;
        List<StatusChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(previous.get(field), value)) {
                changes.add(new StatusChange(practitionerId, part, field, previous.get(field), value, by, at));
            }
        });
        return changes;
    }

    public Long practitionerId() {
        return practitionerId;
    }

    public Optional<Registration> registration() {
        return Optional.ofNullable(registration);
    }

    public Optional<PerformersListEntry> performersList() {
        return Optional.ofNullable(performersList);
    }

    public Optional<Vetting> vetting() {
        return Optional.ofNullable(vetting);
    }

    public Optional<ContactDetails> contact() {
        return Optional.ofNullable(contact);
    }
}
