package org.lotuspathway.speakup;

import org.lotuspathway.notifications.Outbox;
import org.lotuspathway.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The emails about a report, queued in the outbox with the change that causes them: to a raiser
 * who gave an email (open and confidential routes only; an anonymous raiser has none), and to the
 * Responsible Officer when patients are at risk now. Emails to staff never carry the raiser's
 * identity or the practitioner's name: only the reference and a link to sign in.
 */
@Component
class RaiserEmails {

    private final Outbox outbox;
    private final String baseUrl;

    RaiserEmails(Outbox outbox, @Value("${lotus.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    void acknowledge(SpeakUpReport report) {
        toRaiser(report, "received", "We have your report " + report.reference(), """
                Hello,

                Thank you for speaking up. We have your report. Its number is %s.

                What happens next: someone from our team will read it within 5 working days. They may contact
                you to ask a question. Then they will decide what to do. We will tell you when they have.

                If someone is in danger now, call 999.

                Lotus Pathway""".formatted(report.reference()));
    }

    void asked(SpeakUpReport report, SpeakUpMessage question) {
        toRaiser(report, "question:" + question.id(), "A question about your report " + report.reference(), """
                Hello,

                Thank you for your report %s. We need to ask you something:

                %s

                Please reply to this email, or we will call you if you gave us a phone number.

                Lotus Pathway""".formatted(report.reference(), question.text()));
    }

    void accepted(SpeakUpReport report) {
        toRaiser(report, "accepted", "Your report " + report.reference() + " is being looked into", """
                Hello,

                Your report %s is now being looked into. We cannot tell you more than that, to be fair to
                everyone involved. Thank you for speaking up.

                Lotus Pathway""".formatted(report.reference()));
    }

    void closed(SpeakUpReport report, String reason) {
        toRaiser(report, "closed", "Your report " + report.reference() + " is closed", """
                Hello,

                We have closed your report %s. This is our message to you:

                %s

                Thank you for speaking up.

                Lotus Pathway""".formatted(report.reference(), reason));
    }

    /** Patients may be at risk now: every Responsible Officer, at once. */
    void urgent(String reference) {
        outbox.toGroup(Roles.RESPONSIBLE_OFFICER, "Urgent: patients may be at risk now (" + reference + ")", """
                Hello,

                Someone has spoken up and says patients are at risk now. Please read the report today:
                %s/speak-up/reports/%s

                Lotus Pathway""".formatted(baseUrl, reference), "speak-up-urgent:" + reference);
    }

    private void toRaiser(SpeakUpReport report, String event, String subject, String body) {
        report.raiserEmail().ifPresent(address -> outbox.toAddress(Outbox.OUTSIDER_PREFIX + report.reference(), address,
                subject, body, eventKeyPrefix(report.reference()) + event));
    }

    /** Every email to the raiser of report {@code reference} has an event key that starts so. */
    static String eventKeyPrefix(String reference) {
        return "speak-up:" + reference + ":";
    }
}
