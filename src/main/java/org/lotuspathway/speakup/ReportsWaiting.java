package org.lotuspathway.speakup;

import java.util.Optional;

import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.lotuspathway.worklist.WaitingElsewhere;
import org.springframework.stereotype.Component;

/** Case managers screen speak-up reports: the task list tells them how many are waiting. */
@Component
class ReportsWaiting implements WaitingElsewhere {

    private final SpeakUpReports reports;

    ReportsWaiting(SpeakUpReports reports) {
        this.reports = reports;
    }

    @Override
    public Optional<Notice> forUser(CurrentUser user) {
        if (!user.isIn(Roles.CASE_MANAGER)) {
            return Optional.empty();
        }
        SpeakUpReports.Waiting counted = reports.howManyWaiting();
        long waiting = counted.all();
        if (waiting == 0) {
            return Optional.empty();
        }
        long urgent = counted.urgent();
        String text = (waiting == 1 ? "1 report from someone who spoke up is" : waiting + " reports from people who spoke up are")
                + " waiting to be screened" + (urgent == 0 ? "." : ", " + urgent + " saying patients are at risk now.");
        return Optional.of(new Notice(text, "/speak-up/reports", "Screen the reports"));
    }
}
