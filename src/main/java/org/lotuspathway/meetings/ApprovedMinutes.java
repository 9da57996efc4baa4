package org.lotuspathway.meetings;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a meeting's minutes were approved, by whom and when, with the members who sent apologies. */
@Entity
@Table(name = "meeting_minutes")
class ApprovedMinutes {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    private String apologies;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    protected ApprovedMinutes() {
    }

    ApprovedMinutes(long meetingId, List<String> apologies, String approvedBy, Instant approvedAt) {
        this.meetingId = meetingId;
        this.apologies = apologies.isEmpty() ? null : String.join(",", apologies);
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    List<String> apologies() {
        return apologies == null ? List.of() : Arrays.asList(apologies.split(","));
    }

    String approvedBy() {
        return approvedBy;
    }

    Instant approvedAt() {
        return approvedAt;
    }
}
