package org.lotuspathway.notifications;

import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues emails in the outbox table, in the caller's transaction: an email exists if and only if
 * the change that caused it committed. {@link OutboxSender} sends them later. Bodies are plain
 * text and carry no practitioner names, register numbers or case details: only a case reference,
 * a task's name and a link to sign in.
 */
@Service
public class Outbox {

    private final NotificationRepository notifications;
    private final IdentityService identity;
    private final PathwayClock clock;

    Outbox(NotificationRepository notifications, IdentityService identity, PathwayClock clock) {
        this.notifications = notifications;
        this.identity = identity;
        this.clock = clock;
    }

    /** Queues an email to a user (their email from Camunda's identity service), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toUser(String userId, String subject, String body, String eventKey) {
        requireText(userId, "userId");
        requireEmail(subject, body, eventKey);
        queue(userId, identity.createUserQuery().userId(userId).singleResult(), subject, body, eventKey);
    }

    /** One email to each member of a Camunda group, each keyed eventKey + ":" + userId. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toGroup(String groupId, String subject, String body, String eventKey) {
        requireText(groupId, "groupId");
        requireEmail(subject, body, eventKey);
        List<User> members = identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list();
        if (members.isEmpty()) {
            String nobody = "group:" + groupId;
            if (!notifications.existsByEventKeyAndRecipientUser(eventKey, nobody)) {
                notifications.save(Notification.undeliverable(eventKey, nobody, fit(subject), body,
                        "Nobody is in the group " + groupId + ", so nobody was told.", clock.now()));
            }
            return;
        }
        members.forEach(member -> queue(member.getId(), member, subject, body, eventKey + ":" + member.getId()));
    }

    private void queue(String userId, User user, String subject, String body, String eventKey) {
        if (eventKey.length() > Notification.EVENT_KEY_LENGTH) {
            throw new IllegalArgumentException("An event key may be at most " + Notification.EVENT_KEY_LENGTH
                    + " characters: " + eventKey);
        }
        // The check keeps queuing idempotent; the table's unique key backs it up.
        if (notifications.existsByEventKeyAndRecipientUser(eventKey, userId)) {
            return;
        }
        String problem = problemWithAddress(userId, user);
        notifications.save(problem == null
                ? Notification.pending(eventKey, userId, user.getEmail().trim(), fit(subject), body, clock.now())
                : Notification.undeliverable(eventKey, userId, fit(subject), body, problem, clock.now()));
    }

    private static String problemWithAddress(String userId, User user) {
        if (user == null) {
            return "There is no user " + userId + ".";
        }
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return userId + " has no email address.";
        }
        try {
            new InternetAddress(user.getEmail().trim(), true);
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
