package org.lotuspathway.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the outbox and may do with it. */
@Service
class OutboxAdministration {

    static final int PAGE_SIZE = 50;

    private final NotificationRepository notifications;
    private final ObjectProvider<OutboxSender> sender;
    private final boolean sendOnSchedule;

    OutboxAdministration(NotificationRepository notifications, ObjectProvider<OutboxSender> sender,
            @Value("${lotus.mail.send-on-schedule:true}") boolean sendOnSchedule) {
        this.notifications = notifications;
        this.sender = sender;
        this.sendOnSchedule = sendOnSchedule;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<OutboxRow> page(int page) {
        return notifications.findAll(PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id")))
                .map(OutboxRow::of);
    }

    /** Whether and where emails are sent, in a sentence. */
    public String mailStatus() {
        OutboxSender configured = sender.getIfAvailable();
        if (configured == null) {
            return "Mail is not configured, so messages wait here until SMTP settings are given.";
        }
        return "Sending through " + configured.server()
                + (sendOnSchedule ? "." : ", but the scheduled sender is off (lotus.mail.send-on-schedule).");
    }

    /** Puts a FAILED email back in line for one more attempt; false if it was not FAILED. */
    public boolean retry(long id) {
        return notifications.retry(id) == 1;
    }
}
