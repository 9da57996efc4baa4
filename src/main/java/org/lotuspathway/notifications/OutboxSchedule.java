package org.lotuspathway.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends the outbox's due emails every few seconds ({@code lotus.mail.poll-interval}). */
class OutboxSchedule {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxSender sender;

    OutboxSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${lotus.mail.poll-interval:PT5S}", initialDelayString = "${lotus.mail.poll-interval:PT5S}")
    void sendDue() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // The database is away, say: the emails wait in the outbox, and the next round tries again.
            log.warn("The outbox could not be worked this round: {}", e.getMessage());
        }
    }
}
