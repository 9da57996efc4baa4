package org.lotuspathway.register;

import java.util.List;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.ReliedOnStep;
import org.springframework.stereotype.Component;

/** The register's reminders and the practitioner's corrections each start a process with one task. */
@Component
class RegisterReliesOn implements ReliedOn {

    @Override
    public List<ReliedOnStep> steps() {
        return List.of(
                ReliedOnStep.of(ConcernPathway.CHECK_DUE_ID, ConcernPathway.TASK_FOLLOW_UP_CHECK_DUE, "userTask",
                        "Follow up a practitioner's check that falls due",
                        "reminders: a revalidation, renewal or DBS check falling due would reach nobody"),
                ReliedOnStep.of(ConcernPathway.RECORD_CORRECTION_ID, ConcernPathway.TASK_ANSWER_CORRECTION_REQUEST, "userTask",
                        "Answer a practitioner's request to correct their record",
                        "corrections: a practitioner's request to correct their record would reach nobody"));
    }
}
