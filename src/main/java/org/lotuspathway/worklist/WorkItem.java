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

    public String dueWording(LocalDate today) {
        Long days = daysOverdue(today);
        if (days == null) {
            return "No due date";
        }
        if (days == 0) {
            return "Due today";
        }
        if (days > 0) {
            return days == 1 ? "1 day overdue" : days + " days overdue";
        }
        return days == -1 ? "Due tomorrow" : "Due in " + (-days) + " days";
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
