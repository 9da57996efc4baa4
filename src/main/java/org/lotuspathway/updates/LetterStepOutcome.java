package org.lotuspathway.updates;

import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.StepOutcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** After an update or the closing letter: where the letter went. */
@Component
class LetterStepOutcome implements StepOutcome {

    private final Concerns concerns;
    private final PractitionerUpdateRepository updates;

    LetterStepOutcome(Concerns concerns, PractitionerUpdateRepository updates) {
        this.concerns = concerns;
        this.updates = updates;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> decided(String businessKey, String taskKey) {
        if (!ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE.equals(taskKey) && !ConcernPathway.TASK_CLOSE_CASE.equals(taskKey)) {
            return Optional.empty();
        }
        Concern concern = concerns.get(businessKey);
        return updates.findByConcernOrderByRecordedAtAsc(concern).stream().reduce((first, second) -> second)
                .map(letter -> "\"" + letter.title() + "\" " + (concern.practitioner().username().isPresent()
                        ? "is in the practitioner's portal, and they have been emailed that a letter is waiting"
                        : "is kept on the case; the practitioner has no portal account, so send it to them yourself"));
    }
}
