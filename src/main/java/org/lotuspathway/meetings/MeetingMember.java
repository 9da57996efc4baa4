package org.lotuspathway.meetings;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.lotuspathway.concern.Profession;

/** Someone who sits on a meeting, in one role. */
@Entity
@Table(name = "meeting_member")
public class MeetingMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MeetingRole role;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Profession profession;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected MeetingMember() {
    }

    MeetingMember(Meeting meeting, NewMember member, String addedBy, Instant addedAt) {
        this.meeting = meeting;
        this.username = member.username();
        this.role = member.role();
        this.profession = member.profession();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public MeetingRole role() {
        return role;
    }

    public Optional<Profession> profession() {
        return Optional.ofNullable(profession);
    }
}
