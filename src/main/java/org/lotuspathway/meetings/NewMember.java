package org.lotuspathway.meetings;

import org.lotuspathway.concern.Profession;

/** A member to add to a meeting: a user, their role, and for a clinical adviser their profession. */
public record NewMember(String username, MeetingRole role, Profession profession) {

    public NewMember {
        username = username == null ? null : username.strip();
    }
}
