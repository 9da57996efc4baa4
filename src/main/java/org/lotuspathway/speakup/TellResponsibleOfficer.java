package org.lotuspathway.speakup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A report says patients are at risk now: the Responsible Officer is emailed at once (through the outbox). */
@Component("tellResponsibleOfficer")
class TellResponsibleOfficer implements JavaDelegate {

    private final RaiserEmails emails;

    TellResponsibleOfficer(RaiserEmails emails) {
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        emails.urgent(execution.getProcessBusinessKey());
    }
}
