package org.lotuspathway.worklist;

import java.util.Optional;

import org.lotuspathway.security.CurrentUser;

/**
 * Work for the user that is not a case's task, so not in the task list (reports from people who
 * spoke up, waiting to be screened): the task list says how much there is and where.
 */
public interface WaitingElsewhere {

    Optional<Notice> forUser(CurrentUser user);

    record Notice(String text, String link, String linkText) {
    }
}
