package org.lotuspathway.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;

/** One open task on the task list, with what the team needs to see of its case. */
public record WorkItem(
        String taskId,
        String taskName,
        String taskKey,
        String businessKey,
        String practitioner,
        Stage stage,
        RiskBand riskBand,
        Instant due,
        String assignee,
        Instant created) {

    /** Days past the due date: positive when overdue, zero when due today, negative when due later. */
    public Long daysOverdue(LocalDate today) {
        if (due == null) {
            return null;
        }
        return ChronoUnit.DAYS.between(due.atZone(org.lotuspathway.process.PathwayClock.UK).toLocalDate(), today);
    }

    /**
     * When it is due, in words; a task past its deadline (red on the list) says for how long, so the
     * colour is never the only sign: "Overdue by 3 days", or "Overdue by 2 hours" on the day it fell due.
     */
    public String dueWording(Instant now) {
        LocalDate today = now.atZone(org.lotuspathway.process.PathwayClock.UK).toLocalDate();
        Long days = daysOverdue(today);
        if (days == null) {
            return "No due date";
        }
        if (isOverdue(now)) {
            if (days > 0) {
                return days == 1 ? "Overdue by 1 day" : "Overdue by " + days + " days";
            }
            long hours = ChronoUnit.HOURS.between(due, now);
            return hours < 1 ? "Overdue by less than an hour" : hours == 1 ? "Overdue by 1 hour" : "Overdue by " + hours + " hours";
        }
        if (days == 0) {
            return "Due today";
        }
        return days == -1 ? "Due tomorrow" : "Due in " + (-days) + " days";
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
