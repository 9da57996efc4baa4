package org.lotuspathway.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.lotuspathway.support.TestClock;

/** Queuing emails with the change that causes them, and sending them to a real SMTP server. */
@PathwayTest
class OutboxTests {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    static final String BODY = "Hello,\n\nThere is something for you in Lotus Pathway.\n";

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxAdministration administration;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    IdentityService identity;
    @Autowired
    PathwayClock clock;

    TestUsers users;
    String event;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        users = new TestUsers(identity);
        event = "test:" + UUID.randomUUID();
    }

    @AfterEach
    void tidyUp() {
        users.removeAll();
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Test
    void anEmailIsQueuedOnlyIfTheChangeThatCausedItCommits() {
        String user = users.create("{id}@lotuspathway.example");

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            outbox.toUser(user, "Rolled back", BODY, event);
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        assertThat(notifications.findByEventKeyStartingWithOrderById(event)).isEmpty();

        transaction.executeWithoutResult(status -> outbox.toUser(user, "Committed", BODY, event));
        assertThat(queued()).singleElement().satisfies(email -> {
            assertThat(email.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(email.email()).isEqualTo(users.emailOf(user));
        });
    }

    @Test
    void queuingOutsideATransactionFailsLoudly() {
        String user = users.create("{id}@lotuspathway.example");

        assertThatThrownBy(() -> outbox.toUser(user, "No transaction", BODY, event))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> outbox.toGroup(Roles.RESPONSIBLE_OFFICER, "No transaction", BODY, event))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(notifications.findByEventKeyStartingWithOrderById(event)).isEmpty();
    }

    @Test
    void anEventKeyTooLongForItsColumnIsShortenedNotAnErrorAndStillQueuedOnce() {
        String user = users.create("{id}@lotuspathway.example");
        String longEvent = event + ":" + "k".repeat(400);

        transaction.executeWithoutResult(status -> {
            outbox.toUser(user, "Long key " + event, BODY, longEvent);
            outbox.toUser(user, "Long key " + event, BODY, longEvent);
        });

        assertThat(queued()).singleElement().satisfies(email -> {
            assertThat(email.eventKey()).hasSizeLessThanOrEqualTo(255).startsWith(event);
            assertThat(email.status()).isEqualTo(NotificationStatus.PENDING);
        });
    }

    @Test
    void theSameEventQueuedTwiceIsOneEmail() {
        String user = users.create("{id}@lotuspathway.example");
        String email = users.emailOf(user);

        transaction.executeWithoutResult(status -> {
            outbox.toUser(user, "Once only " + event, BODY, event);
            outbox.toUser(user, "Once only " + event, BODY, event);
        });
        transaction.executeWithoutResult(status -> outbox.toUser(user, "Once only " + event, BODY, event));
        assertThat(queued()).hasSize(1);

        sender.sendDue();
        assertThat(Smtp.to(smtp, email)).singleElement().satisfies(message -> {
            assertThat(Smtp.subject(message)).isEqualTo("Once only " + event);
            assertThat(Smtp.body(message).strip()).isEqualTo(BODY.strip());
            assertThat(message.getFrom()[0].toString()).isEqualTo("Lotus Pathway <no-reply@lotuspathway.example>");
            assertThat(Smtp.header(message, "Message-ID")).isEqualTo("<notification-" + queued().get(0).id() + "@localhost>");
            assertThat(Smtp.header(message, "Auto-Submitted")).isEqualTo("auto-generated");
        });
        assertThat(queued()).singleElement().satisfies(sent -> {
            assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(sent.attempts()).isEqualTo(1);
            assertThat(sent.sentAt()).isNotNull();
        });

        sender.sendDue();
        assertThat(Smtp.to(smtp, email)).hasSize(1);
    }

    @Test
    void aGroupEmailReachesEveryMemberOnce() {
        String extra = users.create("{id}@lotuspathway.example", Roles.RESPONSIBLE_OFFICER);
        String withoutEmail = users.create(null, Roles.RESPONSIBLE_OFFICER);
        List<User> members = identity.createUserQuery().memberOfGroup(Roles.RESPONSIBLE_OFFICER).list();
        assertThat(members).extracting(User::getId).contains("ro", extra, withoutEmail);

        transaction.executeWithoutResult(status -> outbox.toGroup(Roles.RESPONSIBLE_OFFICER, "To all ROs " + event, BODY, event));
        transaction.executeWithoutResult(status -> outbox.toGroup(Roles.RESPONSIBLE_OFFICER, "To all ROs " + event, BODY, event));
        sender.sendDue();

        assertThat(queued()).hasSize(members.size()).allSatisfy(email ->
                assertThat(email.eventKey()).isEqualTo(event + ":" + email.recipientUser()));
        List<String> addresses = members.stream().map(User::getEmail).filter(address -> address != null).toList();
        assertThat(addresses).contains("ro@lotuspathway.example", users.emailOf(extra));
        assertThat(Smtp.withSubjectContaining(smtp, event)).extracting(Smtp::recipient)
                .containsExactlyInAnyOrderElementsOf(addresses);
        assertThat(queued()).filteredOn(email -> email.recipientUser().equals(withoutEmail)).singleElement()
                .satisfies(email -> {
                    assertThat(email.status()).isEqualTo(NotificationStatus.UNDELIVERABLE);
                    assertThat(email.lastError()).isEqualTo(withoutEmail + " has no email address.");
                    assertThat(email.attempts()).isZero();
                });
    }

    @Test
    void someoneWithoutAnEmailAddressIsRecordedAsUndeliverableNotAnError() {
        String user = users.create(null);

        transaction.executeWithoutResult(status -> {
            outbox.toUser(user, "Nowhere to go", BODY, event);
            outbox.toUser("nosuchuser", "Nowhere to go", BODY, event);
        });
        sender.sendDue();

        assertThat(queued()).extracting(Notification::recipientUser, Notification::status, Notification::lastError)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(user, NotificationStatus.UNDELIVERABLE, user + " has no email address."),
                        org.assertj.core.groups.Tuple.tuple("nosuchuser", NotificationStatus.UNDELIVERABLE, "There is no user nosuchuser."));
        assertThat(Smtp.withSubjectContaining(smtp, "Nowhere to go")).isEmpty();
    }

    @Test
    void aGroupWithNobodyInItIsRecordedSoThatSomeoneNotices() {
        String group = "empty" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        identity.saveGroup(identity.newGroup(group));
        try {
            transaction.executeWithoutResult(status -> outbox.toGroup(group, "To nobody", BODY, event));

            assertThat(queued()).singleElement().satisfies(email -> {
                assertThat(email.recipientUser()).isEqualTo("group:" + group);
                assertThat(email.status()).isEqualTo(NotificationStatus.UNDELIVERABLE);
                assertThat(email.lastError()).contains("Nobody is in the group " + group);
            });
        } finally {
            identity.deleteGroup(group);
        }
    }

    @Test
    void anEmailThatCannotBeSentAtFirstIsSentOnRetryAndNeverLost() {
        String user = users.create("{id}@lotuspathway.example");
        String email = users.emailOf(user);
        transaction.executeWithoutResult(status -> outbox.toUser(user, "Retried " + event, BODY, event));

        smtp.stop();
        Instant failedAt = clock.now();
        sender.sendDue();
        smtp.start();

        Notification waiting = queued().get(0);
        assertThat(waiting.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isBetween(failedAt.plus(Duration.ofMinutes(1)),
                clock.now().plus(Duration.ofMinutes(1)));

        sender.sendDue();
        assertThat(Smtp.to(smtp, email)).as("not before its backoff has passed").isEmpty();

        TestClock.stopAt(waiting.nextAttemptAt().plusSeconds(1));
        sender.sendDue();
        sender.sendDue();

        assertThat(Smtp.to(smtp, email)).hasSize(1);
        assertThat(queued().get(0).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(queued().get(0).attempts()).isEqualTo(2);
    }

    @Test
    void afterEveryAttemptFailsTheEmailWaitsForAnAdministrator() {
        String user = users.create("{id}@lotuspathway.example");
        String email = users.emailOf(user);
        transaction.executeWithoutResult(status -> outbox.toUser(user, "Given up " + event, BODY, event));

        smtp.stop();
        for (int attempt = 1; attempt <= 8; attempt++) {
            sender.sendDue();
            assertThat(queued().get(0).attempts()).isEqualTo(attempt);
            TestClock.stopAt(clock.now().plus(Duration.ofHours(1)).plusSeconds(1));
        }
        smtp.start();

        Notification failed = queued().get(0);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.nextAttemptAt()).isNull();
        sender.sendDue();
        assertThat(Smtp.to(smtp, email)).isEmpty();

        assertThat(administration.retry(failed.id())).isTrue();
        assertThat(administration.retry(failed.id())).as("only a failed email can be retried").isFalse();
        sender.sendDue();
        assertThat(Smtp.to(smtp, email)).hasSize(1);
        assertThat(queued().get(0).status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void waitsGrowFromTheBaseAndStopAtTheCap() {
        MailSettings settings = new MailSettings("x@example", true, Duration.ofSeconds(5), Duration.ofMinutes(1),
                Duration.ofHours(1), 8, Duration.ofMinutes(5), 100);

        assertThat(List.of(1, 2, 3, 4, 7, 8, 40)).extracting(settings::backoffAfter).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void anEmailHeldBySenderThatStoppedIsSentAgainWithTheSameMessageIdOnceItsLeaseRunsOut() {
        String user = users.create("{id}@lotuspathway.example");
        String email = users.emailOf(user);
        transaction.executeWithoutResult(status -> outbox.toUser(user, "Crashed " + event, BODY, event));
        long id = queued().get(0).id();

        // Another node claimed it and stopped, perhaps after the SMTP server had accepted it.
        Instant now = clock.now();
        assertThat(notifications.claim(id, now, now.plus(Duration.ofMinutes(5)))).isEqualTo(1);
        assertThat(notifications.claim(id, now, now.plus(Duration.ofMinutes(5))))
                .as("no second sender while the lease holds").isZero();
        sender.sendDue();
        assertThat(Smtp.to(smtp, email)).isEmpty();
        assertThat(queued().get(0).status()).isEqualTo(NotificationStatus.SENDING);

        TestClock.stopAt(now.plus(Duration.ofMinutes(5)).plusSeconds(1));
        sender.sendDue();

        assertThat(Smtp.to(smtp, email)).singleElement().satisfies(message ->
                assertThat(Smtp.header(message, "Message-ID")).isEqualTo("<notification-" + id + "@localhost>")
                        .isEqualTo(sender.messageId(id)));
        assertThat(queued().get(0).status()).isEqualTo(NotificationStatus.SENT);
    }

    private List<Notification> queued() {
        return notifications.findByEventKeyStartingWithOrderById(event);
    }
}
