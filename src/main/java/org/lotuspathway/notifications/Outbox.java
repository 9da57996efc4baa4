package org.lotuspathway.notifications;

import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.lotuspathway.common.Sha256;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;

/**
 * Queues emails in the outbox table, in the caller's transaction: an email exists if and only if
 * the change that caused it committed. {@link OutboxSender} sends them later. Bodies are plain
 * text and carry no practitioner names, register numbers or case details: only a case reference,
 * a task's name and a link to sign in.
 */
@Service
public class Outbox {

    /** How recipients without an account are named ("speak-up:SU-2026-00001"). */
    public static final String OUTSIDER_PREFIX = "speak-up:";

    private final NotificationRepository notifications;
    private final StaffDirectory staff;
    private final PathwayClock clock;

    Outbox(NotificationRepository notifications, StaffDirectory staff, PathwayClock clock) {
        this.notifications = notifications;
        this.staff = staff;
        this.clock = clock;
    }

    /** Queues an email to a user (their email from Camunda's identity service), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toUser(String userId, String subject, String body, String eventKey) {
        requireText(userId, "userId");
        requireEmail(subject, body, eventKey);
        queue(userId, staff.find(userId).orElse(null), subject, body, eventKey);
    }

    /** One email to each member of a Camunda group, each keyed eventKey + ":" + userId. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toGroup(String groupId, String subject, String body, String eventKey) {
        requireText(groupId, "groupId");
        requireEmail(subject, body, eventKey);
        List<StaffMember> members = staff.membersOf(groupId);
        if (members.isEmpty()) {
            String nobody = shortened("group:" + groupId, Notification.RECIPIENT_LENGTH);
            String key = shortened(eventKey, Notification.EVENT_KEY_LENGTH);
            if (!notifications.existsByEventKeyAndRecipientUser(key, nobody)) {
                notifications.save(Notification.undeliverable(key, nobody, fit(subject), body,
                        fitError("Nobody is in the group " + groupId + ", so nobody was told."), clock.now()));
            }
            return;
        }
        members.forEach(member -> queue(member.id(), member, subject, body, eventKey + ":" + member.id()));
    }

    /**
     * Queues an email to someone who has no account (a person who spoke up), in the caller's
     * transaction. {@code recipient} names them in the outbox without saying who they are, such as
     * "speak-up:SU-2026-00001" ({@link #OUTSIDER_PREFIX}); the outbox page never shows such a recipient's address.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toAddress(String recipient, String address, String subject, String body, String eventKey) {
        requireText(recipient, "recipient");
        if (!recipient.startsWith(OUTSIDER_PREFIX)) {
            throw new IllegalArgumentException("A recipient without an account is named " + OUTSIDER_PREFIX + "...");
        }
        requireText(address, "address");
        requireEmail(subject, body, eventKey);
        String key = shortened(eventKey, Notification.EVENT_KEY_LENGTH);
        String who = shortened(recipient, Notification.RECIPIENT_LENGTH);
        if (notifications.existsByEventKeyAndRecipientUser(key, who)) {
            return;
        }
        String problem = null;
        try {
            new InternetAddress(address.trim(), true);
        } catch (AddressException e) {
            problem = "The address given is not valid: " + e.getMessage();
        }
        notifications.save(problem == null
                ? Notification.pending(key, who, address.trim(), fit(subject), body, clock.now())
                : Notification.undeliverable(key, who, fit(subject), body, fitError(problem), clock.now()));
    }

    /**
     * Never fails the change that caused the email. A user id or event key too long for its column
     * (a task's assignee may be any 255 characters, set through the engine's REST API) is kept
     * shortened, with a hash of the whole so that queuing stays idempotent, and such an email is
     * undeliverable: no user of the identity service has an id that long.
     */
    private void queue(String userId, StaffMember user, String subject, String body, String eventKey) {
        String key = shortened(eventKey, Notification.EVENT_KEY_LENGTH);
        String recipient = shortened(userId, Notification.RECIPIENT_LENGTH);
        // The check keeps queuing idempotent; the table's unique key backs it up.
        if (notifications.existsByEventKeyAndRecipientUser(key, recipient)) {
            return;
        }
        String problem = recipient.equals(userId) ? problemWithAddress(userId, user)
                : "There is no user " + recipient + ": the user id is longer than " + Notification.RECIPIENT_LENGTH
                        + " characters.";
        notifications.save(problem == null
                ? Notification.pending(key, recipient, user.email().trim(), fit(subject), body, clock.now())
                : Notification.undeliverable(key, recipient, fit(subject), body, fitError(problem), clock.now()));
    }

    /**
     * The text itself if it fits, else its start and the SHA-256 of the whole (hex), so that two
     * long texts that start alike are still two.
     */
    static String shortened(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        String hash = Sha256.hex(text);
        return text.substring(0, length - hash.length() - 1) + "#" + hash;
    }

    private static String fitError(String problem) {
        return problem.length() <= Notification.ERROR_LENGTH ? problem
                : problem.substring(0, Notification.ERROR_LENGTH - 1) + "\u2026";
    }

    private static String problemWithAddress(String userId, StaffMember user) {
        if (user == null) {
            return "There is no user " + userId + ".";
        }
        if (user.email() == null || user.email().isBlank()) {
            return userId + " has no email address.";
        }
        try {
            new InternetAddress(user.email().trim(), true);
            return null;
        } catch (AddressException e) {
            return userId + "'s email address is not valid: " + e.getMessage();
        }
    }

    /** Subjects are one line and fit their column; a long one is cut rather than lost. */
    private static String fit(String subject) {
        String line = subject.replaceAll("[\\r\\n]+", " ").strip();
        return line.length() <= Notification.SUBJECT_LENGTH ? line
                : line.substring(0, Notification.SUBJECT_LENGTH - 1) + "\u2026";
    }

    private static void requireEmail(String subject, String body, String eventKey) {
        requireText(subject, "subject");
        requireText(body, "body");
        requireText(eventKey, "eventKey");
        if (body.length() > Notification.BODY_LENGTH) {
            throw new IllegalArgumentException("An email body may be at most " + Notification.BODY_LENGTH
                    + " characters; it should say little more than where to sign in");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An email needs a " + name);
        }
    }
}
