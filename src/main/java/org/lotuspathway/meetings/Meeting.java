package org.lotuspathway.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;

/** A PAG/PSG meeting: when and where, and who sits on it in which role. Its agenda is its {@link AgendaItem}s. */
@Entity
@Table(name = "meeting")
public class Meeting {

    static final int PLACE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MeetingType type;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false, length = PLACE_LENGTH)
    private String place;

    @Column(nullable = false)
    private boolean extraordinary;

    @Column(name = "scheduled_by", nullable = false, length = 100)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<MeetingMember> members = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(MeetingType type, Instant startsAt, String place, boolean extraordinary, String scheduledBy,
            Instant scheduledAt) {
        this.type = type;
        this.startsAt = startsAt;
        this.place = place;
        this.extraordinary = extraordinary;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = scheduledAt;
    }

    /** Adds someone in a role; one role each, and one chair. */
    MeetingMember add(NewMember member, String by, Instant at) {
        if (member(member.username()).isPresent()) {
            throw InvalidSubmission.of("username", member.username() + " already sits on this meeting, as "
                    + member(member.username()).get().role().inSentence() + ".");
        }
        if (member.role() == MeetingRole.CHAIR && chair().isPresent()) {
            throw InvalidSubmission.of("role", "The meeting has a chair already: " + chair().get().username() + ".");
        }
        MeetingMember added = new MeetingMember(this, member, by, at);
        members.add(added);
        return added;
    }

    public Optional<MeetingMember> member(String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst();
    }

    public Optional<MeetingMember> chair() {
        return members.stream().filter(m -> m.role() == MeetingRole.CHAIR).findFirst();
    }

    /** Whether the user sits on the meeting as its chair or secretary, who record its outcomes. */
    public boolean isRecordedBy(String username) {
        return member(username).map(m -> m.role().records()).orElse(false);
    }

    public Long id() {
        return id;
    }

    public MeetingType type() {
        return type;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public LocalDate date() {
        return startsAt.atZone(PathwayClock.UK).toLocalDate();
    }

    public String place() {
        return place;
    }

    public boolean extraordinary() {
        return extraordinary;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public List<MeetingMember> members() {
        return List.copyOf(members);
    }

    /** "PAG meeting, Tuesday 12 January 2027, 10:00". */
    public String describe() {
        return (extraordinary ? "Extraordinary " : "") + type.name() + " meeting, "
                + startsAt.atZone(PathwayClock.UK).format(java.time.format.DateTimeFormatter.ofPattern(
                        "EEEE d MMMM yyyy, HH:mm", java.util.Locale.UK));
    }
}
