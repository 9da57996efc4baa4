package org.lotuspathway.learning;

import java.time.Instant;
import java.time.LocalDate;

import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;

/** An improvement action as the tracker lists it. */
public record ActionItem(long id, String description, String owner, String ownerUserId, LocalDate dueOn,
        ActionStatus status, String businessKey, long reviewId, String statusChangedBy, Instant statusChangedAt,
        String whatChanged, LocalDate whatChangedOn) {

    public boolean isOverdue(LocalDate today) {
        return status != ActionStatus.DONE && dueOn.isBefore(today);
    }

    /** Its owner, or a lead, may change its status. */
    public boolean mayBeUpdatedBy(CurrentUser user) {
        return user.name().equals(ownerUserId) || user.isIn(Roles.LEAD);
    }
}
