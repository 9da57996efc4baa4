package org.lotuspathway.notifications;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.lotuspathway.common.Retries;
import org.lotuspathway.process.PathwayClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the outbox's due emails over SMTP, a round's emails over one connection; exists only when
 * mail is configured. Each email is claimed with a conditional update (a lease), sent, then marked
 * SENT, each step committed on its own, so two application nodes never send the same email at
 * once and a failure is retried with a growing wait.
 * <p>
 * SMTP cannot give exactly-once delivery: if this node stops after the server accepted an email
 * but before the row was marked SENT, the email is sent again once the lease has run out. That
 * resend carries the same Message-ID (one per notification), so mail stores that drop duplicates
 * by Message-ID drop it, and readers can tell it is the same message. At least once, never lost.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>()\\[\\]:;,\"]+@[^\\s<>()\\[\\]:;,\"]+");

    private final NotificationRepository notifications;
    private final JavaMailSender mail;
    private final MailSettings settings;
    private final PathwayClock clock;
    private final String messageIdDomain;

    OutboxSender(NotificationRepository notifications, JavaMailSender mail, MailSettings settings, PathwayClock clock,
            String baseUrl) {
        this.notifications = notifications;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        this.messageIdDomain = hostOf(baseUrl);
    }

    /**
     * Sends every email due now, and answers how many were sent. Runs outside any transaction
     * because each claim, and each outcome, must be committed as soon as it happens.
     */
    @Transactional(propagation = Propagation.NEVER)
    public int sendDue() {
        Instant now = clock.now();
        int sent = 0;
        // Every row this round touches leaves the due set (sent, waiting till later, or leased), so this ends.
        List<Long> due = notifications.findDue(now, PageRequest.ofSize(settings.batchSize()));
        while (!due.isEmpty()) {
            sent += sendTogether(due, now);
            due = notifications.findDue(now, PageRequest.ofSize(settings.batchSize()));
        }
        return sent;
    }

    /** The SMTP server emails go through, as the outbox page names it. */
    String server() {
        if (mail instanceof JavaMailSenderImpl smtp && smtp.getHost() != null) {
            return smtp.getPort() > 0 ? smtp.getHost() + ":" + smtp.getPort() : smtp.getHost();
        }
        return "the configured mail session";
    }

    /** The same for every attempt at one notification, so a resend can be recognised as a duplicate. */
    String messageId(long notificationId) {
        return "<notification-" + notificationId + "@" + messageIdDomain + ">";
    }

    /**
     * Claims each email, then sends those claimed over one connection to the mail server (not one
     * each), and records each one's outcome: the server may refuse some and take the rest.
     */
    private int sendTogether(List<Long> ids, Instant now) {
        Map<MimeMessage, Notification> claimed = new LinkedHashMap<>();
        for (Long id : ids) {
            if (notifications.claim(id, now, clock.now().plus(settings.lease())) == 0) {
                continue;
            }
            Notification email = notifications.findById(id).orElseThrow();
            try {
                claimed.put(message(email), email);
            } catch (RuntimeException | MessagingException e) {
                failed(email, e);
            }
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> refused = new HashMap<>();
        try {
            mail.send(claimed.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            // each email the server did not take; none when only closing the connection failed after all were sent
            refused.putAll(e.getFailedMessages());
        } catch (RuntimeException e) {
            claimed.keySet().forEach(message -> refused.put(message, e));
        }
        int sent = 0;
        for (Map.Entry<MimeMessage, Notification> each : claimed.entrySet()) {
            Exception problem = refused.get(each.getKey());
            if (problem == null) {
                notifications.markSent(each.getValue().id(), clock.now());
                sent++;
            } else {
                failed(each.getValue(), problem);
            }
        }
        return sent;
    }

    private MimeMessage message(Notification email) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(email.email());
        helper.setSubject(email.subject());
        helper.setText(email.body(), false);
        // Spring keeps a Message-ID set before sending instead of making a new one.
        message.setHeader("Message-ID", messageId(email.id()));
        // RFC 3834: no out-of-office replies to an automatic message.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private void failed(Notification email, Exception e) {
        int attempts = email.attempts() + 1;
        boolean givingUp = attempts >= settings.maxAttempts();
        Instant next = givingUp ? null : clock.now().plus(settings.backoffAfter(attempts));
        // a mail server's refusal often names the address it refused: a raiser's, whose address nobody here sees
        String error = withoutAddresses(Retries.describe(e, Notification.ERROR_LENGTH));
        notifications.markAttemptFailed(email.id(), givingUp ? NotificationStatus.FAILED : NotificationStatus.PENDING,
                error, next);
        log.warn("Email {} was not sent (attempt {} of {}{}): {}", email.id(), attempts, settings.maxAttempts(),
                givingUp ? ", giving up" : ", will try again at " + next, error);
    }

    /** The error without any email address in it, for the log and the outbox page. */
    static String withoutAddresses(String error) {
        return EMAIL_ADDRESS.matcher(error).replaceAll("(an address)");
    }

    private static String hostOf(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null || host.isBlank() ? "lotuspathway" : host;
        } catch (IllegalArgumentException e) {
            return "lotuspathway";
        }
    }
}
