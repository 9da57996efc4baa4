package org.lotuspathway.notifications;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.lotuspathway.support.PathwayTest;

/**
 * GreenMail, a real SMTP server in the test JVM, on the port {@link PathwayTest} points the app at;
 * and reading what it received.
 */
final class Smtp {

    private Smtp() {
    }

    /** One server for a test class; tests empty it before they start. */
    static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PathwayTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    static List<MimeMessage> to(GreenMailExtension server, String email) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isTo(message, email)).toList();
    }

    static List<MimeMessage> withSubjectContaining(GreenMailExtension server, String text) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> subject(message).contains(text)).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text as written: SMTP carries lines ending CRLF, and drops a last line break. */
    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(MimeMessage.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String email) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(address -> address.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
